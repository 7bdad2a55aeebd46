import { describe, expect, it } from "vitest";
import { listArticleAssignees } from "@/lib/data/article-assignments";
import { findDuplicateArticles } from "@/lib/data/article-duplicates";
import { listArticleEvents } from "@/lib/data/article-events";
import { listArticlePage } from "@/lib/data/article-list";
import { ArticleArchivedError } from "@/lib/data/article-status";
import { createArticle, getArticle } from "@/lib/data/articles";
import { applyBulkChange, previewBulkChange } from "@/lib/data/bulk-changes";
import type { Db } from "@/lib/data/db";
import { listRevisions, saveParagraphText } from "@/lib/data/paragraphs";
import { prismaForTests } from "@/lib/data/testing";
import { createUser } from "@/lib/data/users";
import type { Role } from "@/lib/domain/role";
import { articleTextHash } from "@/lib/import/article-text-hash";
import { archiveArticleAs } from "@/lib/services/article-archive";
import { importArticle } from "@/lib/services/import-article";
import { assignArticleAs } from "@/lib/services/article-assign";
import { editArticleMetadataAs } from "@/lib/services/article-metadata-edit";
import { ArticleRefusal } from "@/lib/services/article-refusal";
import { decideArticleStatus, markArticleExported } from "@/lib/services/article-status-change";
import { parseArticleListQuery } from "@/lib/validation/article-list";

/** Statuses, archive, assignments, metadata, the list and duplicates, on every database Lapidar supports. */
export function articleWorkflowSuite(getDb: () => Db) {
  const tag = () => Math.random().toString(36).slice(2, 8);

  async function person(db: Db, role: Role, name = `${role}-${tag()}`) {
    return createUser(db, { email: `${name}-${tag()}@example.com`, name, passwordHash: "x", role });
  }

  async function article(db: Db, userId: number, { title = `Título ${tag()}`, body = `Corpo ${tag()} sobre a Xiaomi.`, sourceUrl = null as string | null, sourceName = null as string | null } = {}) {
    const { id } = await createArticle(
      db,
      { title, author: null, sourceName, sourceUrl, locale: "pt-PT", paragraphs: [{ kind: "heading", text: title }, { kind: "body", text: body }] },
      userId,
    );
    return (await getArticle(db, id))!;
  }

  async function refusal(work: Promise<unknown>) {
    const error = await work.then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(ArticleRefusal);
    return (error as ArticleRefusal).code;
  }

  describe("article statuses", () => {
    it("move new → in review on the first save, → approved by a reviewer, back to review on an edit, → published by an export, with who and when", async () => {
      const db = getDb();
      const rita = await person(db, "reviewer", "Rita");
      const a = await article(db, rita.id);
      expect(a.status).toBe("new");
      const body = a.paragraphs[1];
      await saveParagraphText(db, { paragraphId: body.id, baseVersion: 1, text: "Corpo revisto.", userId: rita.id });
      expect((await getArticle(db, a.id))!.status).toBe("in_review");
      expect(await decideArticleStatus(db, { user: rita, articleId: a.id, decision: "approve" })).toBe("approved");
      await saveParagraphText(db, { paragraphId: body.id, baseVersion: 2, text: "Corpo revisto outra vez.", userId: rita.id });
      expect((await getArticle(db, a.id))!.status).toBe("in_review");
      // An export of an article under review publishes nothing.
      expect(await markArticleExported(db, { user: rita, articleId: a.id })).toBe("in_review");
      await decideArticleStatus(db, { user: rita, articleId: a.id, decision: "approve" });
      expect(await markArticleExported(db, { user: rita, articleId: a.id })).toBe("published");
      const events = (await listArticleEvents(db, { articleId: a.id })).filter((e) => e.kind === "status").reverse();
      expect(events.map((e) => [e.oldValue, e.newValue, e.userName])).toEqual([
        ["new", "in_review", "Rita"],
        ["in_review", "approved", "Rita"],
        ["approved", "in_review", "Rita"],
        ["in_review", "approved", "Rita"],
        ["approved", "published", "Rita"],
      ]);
      expect(events.every((e) => e.createdAt instanceof Date)).toBe(true);
    });

    it("refuse what the status does not allow, and viewers", async () => {
      const db = getDb();
      const rita = await person(db, "reviewer");
      const vera = await person(db, "viewer");
      const a = await article(db, rita.id);
      expect(await refusal(decideArticleStatus(db, { user: rita, articleId: a.id, decision: "reopen" }))).toBe("status_not_allowed");
      expect(await refusal(decideArticleStatus(db, { user: vera, articleId: a.id, decision: "approve" }))).toBe("not_allowed");
      await decideArticleStatus(db, { user: rita, articleId: a.id, decision: "approve" });
      await markArticleExported(db, { user: rita, articleId: a.id });
      expect(await refusal(decideArticleStatus(db, { user: rita, articleId: a.id, decision: "approve" }))).toBe("status_not_allowed");
      expect(await decideArticleStatus(db, { user: rita, articleId: a.id, decision: "reopen" })).toBe("in_review");
    });
  });

  describe("archiving", () => {
    it("is for administrators, hides the article by default, makes it read-only and deletes nothing; restoring brings it back", async () => {
      const db = getDb();
      const admin = await person(db, "admin");
      const rita = await person(db, "reviewer");
      const a = await article(db, rita.id, { body: `Arquivável ${tag()}` });
      await saveParagraphText(db, { paragraphId: a.paragraphs[1].id, baseVersion: 1, text: "Texto antes de arquivar.", userId: rita.id });
      expect(await refusal(archiveArticleAs(db, { user: rita, articleId: a.id, archived: true }))).toBe("not_allowed");
      expect(await archiveArticleAs(db, { user: admin, articleId: a.id, archived: true })).toEqual({ changed: true });
      expect(await archiveArticleAs(db, { user: admin, articleId: a.id, archived: true })).toEqual({ changed: false });

      await expect(saveParagraphText(db, { paragraphId: a.paragraphs[1].id, baseVersion: 2, text: "Não deve entrar.", userId: rita.id })).rejects.toBeInstanceOf(ArticleArchivedError);
      expect((await getArticle(db, a.id))!.paragraphs[1].currentText).toBe("Texto antes de arquivar.");
      expect((await listRevisions(db, a.paragraphs[1].id)).map((r) => r.version)).toEqual([2, 1]);
      expect(await refusal(decideArticleStatus(db, { user: rita, articleId: a.id, decision: "approve" }))).toBe("archived");

      const q = (params: Record<string, string>) => listArticlePage(db, { query: parseArticleListQuery(params), userId: rita.id });
      expect((await q({ q: "antes de arquivar" })).items).toEqual([]);
      expect((await q({ q: "antes de arquivar", archived: "only" })).items.map((i) => [i.id, i.archived])).toEqual([[a.id, true]]);
      expect((await q({ q: "antes de arquivar", archived: "include" })).total).toBe(1);
      // Words in any order and anywhere in the article; a quoted phrase only as written.
      expect((await q({ q: "arquivar texto", archived: "include" })).total).toBe(1);
      expect((await q({ q: '"arquivar texto"', archived: "include" })).total).toBe(0);
      expect((await q({ q: "arquivar xilofone", archived: "include" })).total).toBe(0);

      // Apply-to-all neither shows nor changes an archived article.
      const term = { preferred: "Xiaomi", variants: ["Texto"], type: "entity" as const, caseSensitive: true };
      expect((await previewBulkChange(db, term, { articleId: a.id })).occurrences).toEqual([]);

      await archiveArticleAs(db, { user: admin, articleId: a.id, archived: false });
      const saved = await saveParagraphText(db, { paragraphId: a.paragraphs[1].id, baseVersion: 2, text: "Texto depois de restaurar.", userId: rita.id });
      expect(saved.ok).toBe(true);
      expect((await listArticleEvents(db, { articleId: a.id })).map((e) => e.kind).filter((k) => k !== "status")).toEqual(["restore", "archive"]);
      const applied = await applyBulkChange(db, { term, occurrences: (await previewBulkChange(db, term, { articleId: a.id })).occurrences.map((o) => ({ ...o })), userId: rita.id });
      expect(applied.paragraphs).toBe(1);
    });
  });

  describe("assignments", () => {
    it("are set by administrators to reviewers, recorded, and listed as “my articles”", async () => {
      const db = getDb();
      const admin = await person(db, "admin", "Alice");
      const rita = await person(db, "reviewer", "Rita");
      const vera = await person(db, "viewer", "Vera");
      const a = await article(db, admin.id);
      const other = await article(db, admin.id);
      expect(await refusal(assignArticleAs(db, { user: rita, articleId: a.id, userIds: [rita.id] }))).toBe("not_allowed");
      expect(await refusal(assignArticleAs(db, { user: admin, articleId: a.id, userIds: [vera.id] }))).toBe("not_assignable");
      await assignArticleAs(db, { user: admin, articleId: a.id, userIds: [rita.id, admin.id] });
      expect((await listArticleAssignees(db, { articleId: a.id })).map((p) => p.name)).toEqual(["Alice", "Rita"]);
      await assignArticleAs(db, { user: admin, articleId: a.id, userIds: [rita.id] });
      const events = (await listArticleEvents(db, { articleId: a.id })).map((e) => [e.kind, e.oldValue ?? e.newValue, e.userName]);
      expect(events).toEqual(expect.arrayContaining([["assign", "Rita", "Alice"], ["assign", "Alice", "Alice"], ["unassign", "Alice", "Alice"]]));

      const mine = await listArticlePage(db, { query: parseArticleListQuery({ assignee: "me" }), userId: rita.id });
      expect(mine.items.map((i) => i.id)).toEqual([a.id]);
      expect(mine.items[0].assignees).toEqual(["Rita"]);
      const byId = await listArticlePage(db, { query: parseArticleListQuery({ assignee: String(rita.id) }), userId: admin.id });
      expect(byId.items.map((i) => i.id)).toEqual([a.id]);
      const nobody = await listArticlePage(db, { query: parseArticleListQuery({ assignee: "none", q: other.title }), userId: admin.id });
      expect(nobody.items.map((i) => i.id)).toEqual([other.id]);
    });
  });

  describe("metadata", () => {
    it("is edited with history (who, when, old → new); the title corrects the headline paragraph", async () => {
      const db = getDb();
      const rita = await person(db, "reviewer", "Rita");
      const a = await article(db, rita.id, { title: "Modelo grande popular" });
      const shown = { title: a.title, author: a.author, sourceName: a.sourceName, sourceUrl: a.sourceUrl, locale: a.locale };
      const next = { ...shown, title: "Os grandes modelos em alta", author: "Liu Yangnan", sourceUrl: "https://example.com/a", locale: "pt-BR" as const };
      const result = await editArticleMetadataAs(db, { user: rita, articleId: a.id, expected: shown, next, headlineVersion: 1 });
      expect(result.changed.sort()).toEqual(["author", "locale", "sourceUrl", "title"]);
      const after = (await getArticle(db, a.id))!;
      expect([after.title, after.author, after.sourceUrl, after.locale]).toEqual(["Os grandes modelos em alta", "Liu Yangnan", "https://example.com/a", "pt-BR"]);
      expect(after.paragraphs[0].currentText).toBe("Os grandes modelos em alta");
      expect(after.status).toBe("in_review");
      const events = (await listArticleEvents(db, { articleId: a.id })).filter((e) => e.kind === "metadata");
      expect(events.map((e) => [e.field, e.oldValue, e.newValue, e.userName]).sort()).toEqual([
        ["author", null, "Liu Yangnan", "Rita"],
        ["locale", "pt-PT", "pt-BR", "Rita"],
        ["sourceUrl", null, "https://example.com/a", "Rita"],
        ["title", "Modelo grande popular", "Os grandes modelos em alta", "Rita"],
      ]);
      // The re-check after the locale change counted the open flags.
      expect(typeof (await listArticlePage(db, { query: parseArticleListQuery({ q: "grandes modelos em alta" }), userId: rita.id })).items[0].openFlags).toBe("number");
    }, 180_000); // the first re-check loads the flagger's dictionaries

    it("refuses to overwrite a field someone changed meanwhile, and a stale headline, changing nothing", async () => {
      const db = getDb();
      const rita = await person(db, "reviewer");
      const ana = await person(db, "reviewer");
      const a = await article(db, rita.id);
      const shown = { title: a.title, author: null, sourceName: null, sourceUrl: null, locale: a.locale };
      await editArticleMetadataAs(db, { user: ana, articleId: a.id, expected: shown, next: { ...shown, author: "Ana" }, headlineVersion: 1 });
      expect(await refusal(editArticleMetadataAs(db, { user: rita, articleId: a.id, expected: shown, next: { ...shown, author: "Rita" }, headlineVersion: 1 }))).toBe("conflict");
      await saveParagraphText(db, { paragraphId: a.paragraphs[0].id, baseVersion: 1, text: "Título corrigido pela Ana", userId: ana.id });
      const stale = { ...shown, author: "Ana", title: "Título corrigido pela Ana" };
      expect(await refusal(editArticleMetadataAs(db, { user: rita, articleId: a.id, expected: stale, next: { ...stale, title: "Outro título" }, headlineVersion: 1 }))).toBe("headline_conflict");
      const after = (await getArticle(db, a.id))!;
      expect([after.author, after.title]).toEqual(["Ana", "Título corrigido pela Ana"]);
      const viewer = await person(db, "viewer");
      expect(await refusal(editArticleMetadataAs(db, { user: viewer, articleId: a.id, expected: stale, next: { ...stale, author: "V" }, headlineVersion: 2 }))).toBe("not_allowed");
    });
  });

  describe("the article list", () => {
    it("searches title, source and text, filters, sorts and pages in the database", async () => {
      const db = getDb();
      const rita = await person(db, "reviewer");
      const word = `zyx${tag()}`;
      const made = [];
      for (let i = 0; i < 7; i++) made.push(await article(db, rita.id, { title: `${word} artigo ${i}`, body: i === 3 ? "Texto com 100% de certeza_sim." : "Texto." }));
      await article(db, rita.id, { title: "Outro", sourceName: `Fonte ${word}` });
      await article(db, rita.id, { title: "Mais um", body: `No corpo: ${word.toUpperCase()}.` });
      const q = (params: Record<string, string>, pageSize = 3) => listArticlePage(db, { query: parseArticleListQuery({ q: word, ...params }), userId: rita.id, pageSize });
      const first = await q({ sort: "title" });
      expect([first.total, first.pageCount, first.page]).toEqual([9, 3, 1]);
      expect(first.items.map((i) => i.title)).toEqual(["Mais um", "Outro", `${word} artigo 0`]);
      const last = await q({ sort: "title", page: "3" });
      expect(last.items.map((i) => i.title)).toEqual([`${word} artigo 4`, `${word} artigo 5`, `${word} artigo 6`]);
      // A page past the end shows the last one.
      expect((await q({ sort: "title", page: "99" })).page).toBe(3);
      await saveParagraphText(db, { paragraphId: made[2].paragraphs[1].id, baseVersion: 1, text: "Editado.", userId: rita.id });
      expect((await q({ status: "in_review" })).items.map((i) => i.id)).toEqual([made[2].id]);
      expect((await q({}, 1)).items[0].id).toBe(made[2].id);
      expect((await q({ locale: "pt-BR" })).total).toBe(0);
      // % and _ are literal characters, not wildcards.
      expect((await listArticlePage(db, { query: parseArticleListQuery({ q: "100% de certeza_sim" }), userId: rita.id })).items.map((i) => i.id)).toEqual([made[3].id]);
      expect((await listArticlePage(db, { query: parseArticleListQuery({ q: "0%_" }), userId: rita.id })).total).toBe(0);
    });
  });

  describe("duplicates", () => {
    it("are found by the normalised machine text or the source URL", async () => {
      const db = getDb();
      const rita = await person(db, "reviewer");
      const body = `Um texto   repetido ${tag()}.`;
      const a = await article(db, rita.id, { title: "Repetido", body, sourceUrl: "https://example.com/n/1" });
      const hash = articleTextHash(["Repetido", ` Um texto repetido ${body.slice(20)}`.replace("Um texto repetido", "Um texto\trepetido")]);
      const found = await findDuplicateArticles(db, { textHash: hash, sourceUrl: null });
      expect(found.map((d) => [d.id, d.title, d.sameText, d.sameSourceUrl])).toEqual([[a.id, "Repetido", true, false]]);
      const byUrl = await findDuplicateArticles(db, { textHash: "0".repeat(64), sourceUrl: "https://example.com/n/1" });
      expect(byUrl.map((d) => [d.id, d.sameText, d.sameSourceUrl])).toEqual([[a.id, false, true]]);
    });

    it("stop an import that asks to be checked, naming the existing article; unchecked, the copy is imported", async () => {
      const db = getDb();
      const rita = await person(db, "reviewer");
      const text = `Artigo importado duas vezes ${tag()}\n\nFonte: https://example.com/duas-vezes\n\nO mesmo texto, outra vez.`;
      const first = await importArticle(db, { input: { kind: "text", text }, locale: "pt-PT", userId: rita.id, options: {}, checkDuplicates: true });
      if (!first.ok) throw new Error("the first import was refused");
      const again = await importArticle(db, { input: { kind: "text", text: text.replace("outra vez.", "outra  vez. ") }, locale: "pt-PT", userId: rita.id, options: {}, checkDuplicates: true });
      expect(again).toMatchObject({ ok: false, duplicates: [{ id: first.id, sameText: true }] });
      const copy = await importArticle(db, { input: { kind: "text", text }, locale: "pt-PT", userId: rita.id, options: {} });
      expect(copy.ok && copy.id).toBeGreaterThan(first.id);
    });

    it("hash as the migration's backfill computes it in SQL", async () => {
      const db = getDb();
      const rita = await person(db, "reviewer");
      const a = await article(db, rita.id, { title: " Título\tcom  espaços ", body: "Linha um\nlinha dois  " });
      const [row] = await prismaForTests(db).$queryRawUnsafe<{ hash: string }[]>(
        `SELECT encode(sha256(convert_to(string_agg(btrim(regexp_replace(p."machineText", '\\s+', ' ', 'g')), E'\\n' ORDER BY p."position"), 'UTF8')), 'hex') AS hash FROM "Paragraph" p WHERE p."articleId" = $1`,
        a.id,
      );
      expect(row.hash).toBe(articleTextHash([" Título\tcom  espaços ", "Linha um\nlinha dois  "]));
    });
  });
}
