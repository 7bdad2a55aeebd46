import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { setArticleArchived } from "@/lib/data/article-archive";
import { createArticle, getArticle } from "@/lib/data/articles";
import type { Db } from "@/lib/data/db";
import { saveParagraphText } from "@/lib/data/paragraphs";
import { findCurrentSource } from "@/lib/data/source-texts";
import { prismaForTests } from "@/lib/data/testing";
import { createUser } from "@/lib/data/users";
import type { Role } from "@/lib/domain";
import { editArticleAlignment } from "@/lib/services/alignment-edit";
import { alignmentView } from "@/lib/services/alignment-view";
import { giveArticleSource } from "@/lib/services/source-give";
import { workspaceSource } from "@/lib/services/source-workspace";
import { importXliffArticle } from "@/lib/services/source-xliff-import";

const fixture = (name: string) => readFileSync(`tests/fixtures/bilingual/${name}`, "utf8");
const original = { kind: "text" as const, text: fixture("source.zh.txt") };

/** The web side of the original: giving and replacing it, the workspace's view, the alignment editor; on every database. */
export function sourceWebSuite(getDb: () => Db) {
  let people = 0;
  async function person(db: Db, role: Role) {
    const n = ++people;
    return createUser(db, { email: `bilingue${n}@example.com`, name: `Pessoa ${n}`, passwordHash: "x", role });
  }
  async function setUp(db: Db) {
    const reviewer = await person(db, "reviewer");
    const targets = fixture("target.pt.txt").trim().split(/\n\s*\n/);
    const paragraphs = [{ kind: "metadata" as const, text: "Por Redação, 28 de novembro de 2026" }, ...targets.map((text, i) => ({ kind: i === 0 ? ("heading" as const) : ("body" as const), text }))];
    const article = await createArticle(db, { title: targets[0], author: null, sourceName: null, sourceUrl: null, locale: "pt-PT", paragraphs }, reviewer.id);
    return { reviewer, articleId: article.id };
  }
  const texts = async (db: Db, articleId: number) => (await getArticle(db, articleId))!.paragraphs.map(({ id, currentText, version }) => ({ id, currentText, version }));

  describe("giving an article its original from the web", () => {
    it("is refused to a viewer and on an archived article, storing nothing", async () => {
      const db = getDb();
      const { articleId } = await setUp(db);
      const viewer = await person(db, "viewer");
      const admin = await person(db, "admin");
      expect(await giveArticleSource({ db, actor: viewer, articleId, input: original, replace: false })).toMatchObject({ ok: false, code: "not_allowed" });
      await setArticleArchived(db, { articleId, archived: true, userId: admin.id });
      expect(await giveArticleSource({ db, actor: admin, articleId, input: original, replace: false })).toMatchObject({ ok: false, code: "not_allowed" });
      expect(await prismaForTests(db).sourceText.count({ where: { articleId } })).toBe(0);
      expect(await giveArticleSource({ db, actor: admin, articleId: 999_999, input: original, replace: false })).toMatchObject({ ok: false, code: "no_article" });
    });

    it("asks before replacing one, and replacing never touches anyone's corrections", async () => {
      const db = getDb();
      const { reviewer, articleId } = await setUp(db);
      expect(await giveArticleSource({ db, actor: reviewer, articleId, input: original, replace: false })).toEqual({ ok: true, version: 1, paragraphs: 6, links: expect.any(Number), language: "zh-Hans" });
      const [, heading] = await texts(db, articleId);
      expect(await saveParagraphText(db, { paragraphId: heading.id, baseVersion: heading.version, text: "A iFlytek lança a nova geração do modelo Spark", userId: reviewer.id })).toMatchObject({ ok: true });
      const before = await texts(db, articleId);

      const other = await person(db, "reviewer");
      const shorter = { kind: "text" as const, text: "科大讯飞发布新一代星火大模型\n\n11月28日，科大讯飞在合肥发布了新一代星火大模型。" };
      const asked = await giveArticleSource({ db, actor: other, articleId, input: shorter, replace: false });
      expect(asked).toMatchObject({ ok: false, code: "needs_confirmation", current: { version: 1, createdBy: reviewer.name, paragraphs: 6 } });
      expect((await findCurrentSource({ db, articleId }))?.version).toBe(1);

      expect(await giveArticleSource({ db, actor: other, articleId, input: shorter, replace: true })).toMatchObject({ ok: true, version: 2, paragraphs: 2 });
      expect(await texts(db, articleId)).toEqual(before);
      expect(await prismaForTests(db).revision.count({ where: { paragraph: { articleId } } })).toBe(before.length + 1);
      expect(await prismaForTests(db).sourceText.count({ where: { articleId } })).toBe(2);
    });

    it("reads an uploaded file as the importer does, a GB18030 text included", async () => {
      const db = getDb();
      const { reviewer, articleId } = await setUp(db);
      const bytes = new Uint8Array(readFileSync("tests/fixtures/import/chinese-gb18030.txt"));
      expect(await giveArticleSource({ db, actor: reviewer, articleId, input: { kind: "file", bytes, filename: "original.txt" }, replace: false })).toMatchObject({ ok: true });
      expect((await findCurrentSource({ db, articleId }))?.paragraphs.join("\n")).toContain("美团宣布收购光年之外");
    });

    it("refuses bad files with a code the page words, storing nothing", async () => {
      const db = getDb();
      const { reviewer, articleId } = await setUp(db);
      const give = (input: Parameters<typeof giveArticleSource>[0]["input"]) => giveArticleSource({ db, actor: reviewer, articleId, input, replace: false });
      expect(await give({ kind: "text", text: "Isto é português, não o original." })).toMatchObject({ ok: false, code: "not_chinese" });
      expect(await give({ kind: "file", bytes: new Uint8Array(), filename: "vazio.txt" })).toMatchObject({ ok: false, code: "empty" });
      expect(await give({ kind: "file", bytes: new TextEncoder().encode("PK\u0003\u0004 not a zip at all"), filename: "original.docx" })).toMatchObject({ ok: false, code: "corrupt_docx" });
      expect(await prismaForTests(db).sourceText.count({ where: { articleId } })).toBe(0);
    });
  });

  describe("the workspace's view of the original", () => {
    it("gives each aligned paragraph its source and the names both sides share; the byline has none", async () => {
      const db = getDb();
      const { reviewer, articleId } = await setUp(db);
      const article = { id: articleId, locale: "pt-PT" as const, paragraphs: await texts(db, articleId) };
      expect(await workspaceSource(db, article)).toBe(null);
      await giveArticleSource({ db, actor: reviewer, articleId, input: original, replace: false });
      const view = (await workspaceSource(db, article))!;
      const [byline, heading, second] = article.paragraphs;
      expect(view.byParagraph[byline.id]).toBeUndefined();
      expect(view.byParagraph[heading.id].text).toBe("科大讯飞发布新一代星火大模型");
      expect(view.byParagraph[heading.id].names).toContainEqual(expect.objectContaining({ source: "科大讯飞", written: ["iFlytek"] }));
      const names = Object.fromEntries(view.byParagraph[second.id].names.map((n) => [n.source, n.written]));
      // Written as "Liu Qingfang" and "Wang Haiyang": not these names, which the flags say; Hefei is.
      expect(names).toMatchObject({ 合肥: ["Hefei"], 刘庆峰: [], 王海燕: [] });
      expect(view.alignment).toMatchObject({ version: 1, origin: "auto" });
    });
  });

  describe("the alignment editor", () => {
    it("saves a fix as a new version with who and when, and the checks run with the new links", { timeout: 600_000 }, async () => {
      const db = getDb();
      const { reviewer, articleId } = await setUp(db);
      await giveArticleSource({ db, actor: reviewer, articleId, input: original, replace: false });
      const before = (await alignmentView(db, articleId))!;
      // Link 1 is the headline; link 2 the paragraph of Baidu, Liu Qingfang and 51 %.
      expect(before.rows[2].flags.map((f) => f.text)).toEqual(expect.arrayContaining(["Baidu", "Liu Qingfang"]));

      const fixer = await person(db, "reviewer");
      // Move the headline's source down into link 2: the headline loses its source, so its iFlytek is unpaired.
      const moved = await editArticleAlignment({ db, actor: fixer, articleId, baseVersion: 1, edit: { op: "shift", link: 1, side: "source", direction: "down" } });
      expect(moved).toMatchObject({ ok: true, view: { alignment: { version: 2, origin: "manual", createdBy: fixer.name } } });
      const after = moved.ok ? moved.view : before;
      expect(after.rows[1].source).toEqual([]);
      expect(after.rows[2].source.map((s) => s.position)).toEqual([0, 1]);
      expect(after.rows.map((r) => r.flags.map((f) => `${f.check}/${f.messageId}`))).not.toEqual(before.rows.map((r) => r.flags.map((f) => `${f.check}/${f.messageId}`)));
      expect((await findCurrentSource({ db, articleId }))?.alignment).toMatchObject({ version: 2, createdBy: fixer.name, createdAt: expect.any(Date) });

      const stale = await editArticleAlignment({ db, actor: reviewer, articleId, baseVersion: 1, edit: { op: "merge", link: 0 } });
      expect(stale).toMatchObject({ ok: false, code: "conflict", view: { alignment: { version: 2 } } });
      expect(await editArticleAlignment({ db, actor: reviewer, articleId, baseVersion: 2, edit: { op: "split", link: 0 } })).toEqual({ ok: false, code: "unchanged" });
      const viewer = await person(db, "viewer");
      expect(await editArticleAlignment({ db, actor: viewer, articleId, baseVersion: 2, edit: { op: "merge", link: 0 } })).toEqual({ ok: false, code: "not_allowed" });
      expect(await prismaForTests(db).alignment.count({ where: { sourceText: { articleId } } })).toBe(2);
    });

    it("has nothing to edit without an original", async () => {
      const db = getDb();
      const { reviewer, articleId } = await setUp(db);
      expect(await alignmentView(db, articleId)).toBe(null);
      expect(await editArticleAlignment({ db, actor: reviewer, articleId, baseVersion: 1, edit: { op: "merge", link: 0 } })).toEqual({ ok: false, code: "no_source" });
    });
  });

  describe("XLIFF import for the web", () => {
    it("refuses a file that is not XLIFF with its code, creating no article", async () => {
      const db = getDb();
      const reviewer = await person(db, "reviewer");
      const articles = await prismaForTests(db).article.count();
      expect(await importXliffArticle({ db, xml: "<html><body>não</body></html>", userId: reviewer.id })).toMatchObject({ ok: false, code: "not_xliff" });
      expect(await importXliffArticle({ db, xml: '<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="zh"><file id="f"></file></xliff>', userId: reviewer.id })).toMatchObject({ ok: false });
      expect(await prismaForTests(db).article.count()).toBe(articles);
    });
  });
}
