import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseBackup } from "@/lib/backup/parse-backup";
import { backupRefusalText } from "@/lib/backup/wording";
import { createAnnotation } from "@/lib/data/annotations";
import { createArticle, getArticle } from "@/lib/data/articles";
import { dismissFlag } from "@/lib/data/dismissals";
import { addIgnoredWord } from "@/lib/data/ignored-words";
import { readArticleBackup, restoreArticleBackup } from "@/lib/data/backup";
import { openPglite, type Db, type OpenDatabase } from "@/lib/data/db";
import { approveParagraph, saveParagraphText } from "@/lib/data/paragraphs";
import { prismaForTests } from "@/lib/data/testing";
import { createUser } from "@/lib/data/users";
import { openThrowawayDatabase, serverUrl } from "./support/postgres";
import { encodeRevisionNote } from "@/lib/domain/revision-note";

/** A reviewed article in one installation, restored from its JSON backup into another. */
function backupSuite(open: () => Promise<OpenDatabase>) {
  let source: OpenDatabase;
  let target: OpenDatabase;
  let articleId: number;
  let targetAna: number;

  beforeAll(async () => {
    [source, target] = await Promise.all([open(), open()]);
    articleId = await reviewedArticle(source.db);
    targetAna = (await createUser(target.db, { email: "ANA@example.com", name: "Ana (here)", passwordHash: "x", role: "admin" })).id;
  });
  afterAll(async () => {
    await Promise.all([source?.close(), target?.close()]);
  });

  it("restores paragraphs, revisions, dismissals, annotations and ignored words exactly, through the JSON text", async () => {
    const original = (await readArticleBackup(source.db, articleId))!;
    const parsed = parseBackup(JSON.stringify(original));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const restored = await restoreArticleBackup(target.db, parsed.backup, targetAna);
    expect(restored).toMatchObject({ title: original.article.title, paragraphs: 3, unmatchedPeople: ["Rui"] });

    const copy = (await readArticleBackup(target.db, restored.id))!;
    // Ana has an account here (matched by e-mail, whatever the case); Rui has none and becomes "no user".
    const here = { name: "Ana (here)", email: "ana@example.com" };
    const mapPerson = (p: { email: string } | null) => (p?.email === "ana@example.com" ? here : null);
    const expected = {
      ...original,
      exportedAt: copy.exportedAt,
      article: { ...original.article, createdBy: here },
      paragraphs: original.paragraphs.map((p) => ({
        ...p,
        updatedBy: mapPerson(p.updatedBy),
        approvedBy: mapPerson(p.approvedBy),
        revisions: p.revisions.map((r) => ({
          ...r,
          author: mapPerson(r.author),
          note: r.author?.name === "Rui" ? encodeRevisionNote({ key: "fromBackup", values: { original: r.note ?? "none", author: "Rui" } }) : r.note,
        })),
        dismissals: p.dismissals.map((d) => ({ ...d, user: mapPerson(d.user) })),
        annotations: p.annotations.map((a) => ({ ...a, author: mapPerson(a.author) })),
      })),
      ignoredWords: original.ignoredWords!.map((w) => ({ ...w, user: mapPerson(w.user) })),
    };
    expect(copy).toEqual(expected);
    expect(copy.paragraphs[1].annotations[0].text).toBe("necessidade essencial 🙂");
    expect(copy.ignoredWords!.map((w) => [w.word, w.user?.name ?? null])).toEqual([
      ["jiazi", "Ana (here)"],
      ["yangnan", null],
    ]);
  });

  it("leaves nothing behind when the database refuses part of a restore", async () => {
    const before = await prismaForTests(target.db).article.count();
    const original = (await readArticleBackup(source.db, articleId))!;
    const parsed = parseBackup(JSON.stringify(original));
    if (!parsed.ok) throw new Error(backupRefusalText("en", parsed.refusal));
    // PostgreSQL refuses NUL in text; the last paragraph fails after the others were written.
    const broken = structuredClone(parsed.backup);
    broken.paragraphs[2].revisions[0].note = "a\u0000b";
    await expect(restoreArticleBackup(target.db, broken, targetAna)).rejects.toThrow();
    expect(await prismaForTests(target.db).article.count()).toBe(before);
  });
}

async function reviewedArticle(db: Db): Promise<number> {
  const ana = await createUser(db, { email: "ana@example.com", name: "Ana", passwordHash: "x", role: "reviewer" });
  const rui = await createUser(db, { email: "rui@example.com", name: "Rui", passwordHash: "x", role: "reviewer" });
  const { id } = await createArticle(
    db,
    {
      title: "Investidores prudentes 🙂",
      author: "Liu Yangnan",
      sourceName: "Jiazi Light Year",
      sourceUrl: "https://example.org/a?b=1&c=2",
      locale: "pt-BR",
      paragraphs: [
        { kind: "heading", text: "1. Investidores prudentes" },
        { kind: "body", text: "O modelo grande é uma necessidade justa 🙂 para a empresa." },
        { kind: "boilerplate", text: "Partilhar" },
      ],
    },
    ana.id,
  );
  const { paragraphs } = (await getArticle(db, id))!;
  const body = paragraphs[1];
  await saveParagraphText(db, { paragraphId: body.id, baseVersion: 1, text: "O modelo grande é uma necessidade essencial 🙂 para a empresa.", userId: rui.id });
  await saveParagraphText(db, { paragraphId: body.id, baseVersion: 2, text: "O modelo grande é uma necessidade essencial 🙂 para a empresa!", userId: ana.id, note: "ponto" });
  await approveParagraph(db, body.id, 3, ana.id);
  await dismissFlag(db, { paragraphId: paragraphs[0].id, check: "pinyin-name", text: "Investidores", reason: "not a name", userId: rui.id });
  const span = "necessidade essencial 🙂";
  const start = "O modelo grande é uma ".length;
  const annotated = await createAnnotation(db, {
    paragraphId: body.id,
    start,
    end: start + span.length,
    text: span,
    category: "Accuracy",
    subtype: "mistranslation",
    severity: "major",
    comment: "刚需",
    check: "calque",
    authorId: rui.id,
  });
  expect(annotated.ok).toBe(true);
  await addIgnoredWord(db, { articleId: id, word: "yangnan", userId: rui.id });
  await addIgnoredWord(db, { articleId: id, word: "jiazi", userId: ana.id });
  return id;
}

describe("backup and restore on PGlite", () => {
  backupSuite(() => openPglite());
});

describe.runIf(serverUrl)("backup and restore on a PostgreSQL server (DATABASE_URL)", () => {
  backupSuite(() => openThrowawayDatabase(serverUrl!));
});
