import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseBackup } from "@/lib/backup/parse-backup";
import { backupRefusalText } from "@/lib/backup/wording";
import { createArticle, getArticle } from "@/lib/data/articles";
import { readArticleBackup, restoreArticleBackup } from "@/lib/data/backup";
import { listUserMentions } from "@/lib/data/comment-mentions";
import { openPglite, type OpenDatabase } from "@/lib/data/db";
import { createUser, listUsers } from "@/lib/data/users";
import { renderArticleExport } from "@/lib/report/export-formats";
import { toExportArticle } from "@/lib/report/export-article";
import { loadReportInput } from "@/lib/services/load-report";
import { articleThreads, removeComment, replyToThread, settleThread, startThread } from "@/lib/services/comment-threads";
import { openThrowawayDatabase, serverUrl } from "./support/postgres";

/** Comments travel in the JSON backup and come back as they were; the clean export never carries them. */
function backupCommentsSuite(open: () => Promise<OpenDatabase>) {
  let source: OpenDatabase;
  let target: OpenDatabase;
  let articleId: number;

  beforeAll(async () => {
    [source, target] = await Promise.all([open(), open()]);
    const db = source.db;
    const ana = await createUser(db, { email: "ana@example.com", name: "Ana", passwordHash: "x", role: "reviewer" });
    const rui = await createUser(db, { email: "rui@example.com", name: "Rui", passwordHash: "x", role: "reviewer" });
    articleId = (
      await createArticle(db, { title: "Com comentários", author: null, sourceName: null, sourceUrl: null, locale: "pt-PT", paragraphs: [{ kind: "body", text: "A empresa lançou um grande modelo." }, { kind: "body", text: "Segundo parágrafo." }] }, ana.id)
    ).id;
    const [first, second] = (await getArticle(db, articleId))!.paragraphs;
    const actorAna = { id: ana.id, role: "reviewer" as const };
    const actorRui = { id: rui.id, role: "reviewer" as const };
    const text = "A empresa lançou um grande modelo.";
    const start = text.indexOf("grande modelo");
    const span = (await startThread({ db, actor: actorAna, paragraphId: first.id, version: 1, span: { start, end: start + 13, quote: "grande modelo" }, body: "@Rui, isto é calque?" }))[0];
    await replyToThread({ db, actor: actorRui, threadId: span.id, body: "Sim: «modelo de grande escala»." });
    await settleThread({ db, actor: actorRui, threadId: span.id, status: "resolved" });
    const whole = (await startThread({ db, actor: actorRui, paragraphId: second.id, version: 1, span: null, body: "Apagar depois." })).find((t) => t.paragraphId === second.id)!;
    await replyToThread({ db, actor: actorAna, threadId: whole.id, body: "Fica a resposta." });
    await removeComment({ db, actor: actorRui, commentId: whole.comments[0].id });
    // In the other installation Ana has an account (by e-mail) and Rui too.
    await createUser(target.db, { email: "ana@example.com", name: "Ana", passwordHash: "x", role: "admin" });
    await createUser(target.db, { email: "rui@example.com", name: "Rui", passwordHash: "x", role: "reviewer" });
  }, 180_000);
  afterAll(async () => {
    await Promise.all([source?.close(), target?.close()]);
  });

  it("keeps every thread, comment, deletion, status and mention through the JSON text", async () => {
    const original = (await readArticleBackup(source.db, articleId))!;
    expect(original.paragraphs[0].threads).toHaveLength(1);
    expect(original.paragraphs[0].threads![0].comments[0].mentions).toEqual([{ name: "Rui", email: "rui@example.com" }]);
    const parsed = parseBackup(JSON.stringify(original));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const restored = await restoreArticleBackup(target.db, parsed.backup, null);
    const copy = (await readArticleBackup(target.db, restored.id))!;
    expect(copy.paragraphs.map((p) => p.threads)).toEqual(original.paragraphs.map((p) => p.threads));

    const rui = (await listUsers(target.db)).find((u) => u.email === "rui@example.com")!;
    const threads = await articleThreads({ db: target.db, actor: { id: rui.id, role: "reviewer" }, articleId: restored.id });
    expect(threads.map((t) => [t.status, t.anchor.kind, t.comments.map((c) => c.body)])).toEqual([
      ["resolved", "span", ["@Rui, isto é calque?", "Sim: «modelo de grande escala»."]],
      ["open", "paragraph", ["", "Fica a resposta."]],
    ]);
    // Restoring is not a new mention: nothing unread appears for Rui.
    expect(await listUserMentions({ db: target.db, userId: rui.id, unreadOnly: true })).toEqual([]);
    expect(await listUserMentions({ db: target.db, userId: rui.id })).toHaveLength(1);
  });

  it("reads a backup written before comments existed", () => {
    const original = { format: "lapidar.article-backup", version: 1, exportedAt: new Date().toISOString(), article: { title: "Velho", author: null, sourceName: null, sourceUrl: null, locale: "pt-PT", status: "in_review", createdAt: new Date().toISOString(), createdBy: null }, paragraphs: [] };
    const parsed = parseBackup(JSON.stringify(original));
    expect(parsed.ok).toBe(true);
  });

  it("refuses a thread whose span disagrees with its quote, naming the problem", async () => {
    const original = (await readArticleBackup(source.db, articleId))!;
    original.paragraphs[0].threads![0].end = 3;
    const parsed = parseBackup(JSON.stringify(original));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(backupRefusalText("en", parsed.refusal)).toMatch(/span, its offsets and its quote disagree/);
  });

  it("leaves comments out of the clean export", async () => {
    const input = (await loadReportInput(source.db, articleId, { flags: false }))!;
    for (const format of ["md", "txt", "html"] as const) {
      const rendered = await renderArticleExport(toExportArticle(input), format, { draft: true });
      expect(rendered.ok).toBe(true);
      if (rendered.ok) expect(String(rendered.body)).not.toMatch(/calque\?|Fica a resposta|modelo de grande escala/);
    }
  });
}

describe("comments in the backup on PGlite", () => {
  backupCommentsSuite(async () => openPglite());
});

describe.runIf(serverUrl)("comments in the backup on a PostgreSQL server (DATABASE_URL)", () => {
  backupCommentsSuite(() => openThrowawayDatabase(serverUrl!));
});
