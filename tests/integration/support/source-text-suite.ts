import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { applyLinkEdit } from "@/lib/align/edit-links";
import { linkProblems } from "@/lib/align/links";
import { createArticle, getArticleTexts } from "@/lib/data/articles";
import type { Db } from "@/lib/data/db";
import { findCurrentSource, saveAlignment } from "@/lib/data/source-texts";
import { prismaForTests } from "@/lib/data/testing";
import { createUser } from "@/lib/data/users";
import { reviewFlags } from "@/lib/services/review-flags";
import { renderBilingualExport } from "@/lib/services/source-export";
import { attachSource } from "@/lib/services/source-text";
import { importXliffArticle } from "@/lib/services/source-xliff-import";
import { refusalText } from "@/lib/i18n/refusal-wording";

const fixture = (name: string) => readFileSync(`tests/fixtures/bilingual/${name}`, "utf8");

/** The Chinese original of an article: stored, aligned, fixed by hand, read by the flagger; on every database. */
export function sourceTextSuite(getDb: () => Db) {
  let people = 0;
  async function setUp(db: Db) {
    const user = await createUser(db, { email: `fonte${++people}@example.com`, name: "Fonte", passwordHash: "x", role: "reviewer" });
    const targets = fixture("target.pt.txt").trim().split(/\n\s*\n/);
    const paragraphs = [{ kind: "metadata" as const, text: "Por Redação, 28 de novembro de 2026" }, ...targets.map((text, i) => ({ kind: i === 0 ? ("heading" as const) : ("body" as const), text }))];
    const article = await createArticle(db, { title: targets[0], author: null, sourceName: null, sourceUrl: null, locale: "pt-PT", paragraphs }, user.id);
    return { user, articleId: article.id, count: paragraphs.length };
  }

  describe("the Chinese original", () => {
    it("is stored with an automatic alignment that leaves the byline out, and the source-aware checks see it", { timeout: 600_000 }, async () => {
      const db = getDb();
      const { user, articleId, count } = await setUp(db);
      const before = await reviewFlags(db, { id: articleId, locale: "pt-PT", paragraphs: await paragraphsOf(db, articleId) });
      expect(Object.values(before.flags).flat().filter((f) => f.check.startsWith("source-"))).toEqual([]);

      const attached = await attachSource({ db, articleId, input: { kind: "text", text: fixture("source.zh.txt") }, userId: user.id });
      expect(attached).toMatchObject({ ok: true, version: 1, paragraphs: 6, language: "zh-Hans" });
      const source = await findCurrentSource({ db, articleId });
      expect(source?.alignment.links[0]).toEqual({ source: [], target: [0] });
      expect(linkProblems(source!.alignment.links, 6, count)).toEqual([]);

      const after = await reviewFlags(db, { id: articleId, locale: "pt-PT", paragraphs: await paragraphsOf(db, articleId) });
      const found = Object.values(after.flags).flat().filter((f) => f.check.startsWith("source-")).map((f) => f.text);
      expect(found).toEqual(expect.arrayContaining(["Baidu", "Liu Qingfang", "Wang Haiyang", "1,2 mil milhões", "50 mil", "马化腾"]));
    });

    it("is fixed by hand as a new version; a fix based on an older version is refused, not merged over", async () => {
      const db = getDb();
      const { user, articleId } = await setUp(db);
      await attachSource({ db, articleId, input: { kind: "text", text: fixture("source.zh.txt") }, userId: user.id });
      const source = (await findCurrentSource({ db, articleId }))!;
      const merged = applyLinkEdit(source.alignment.links, { op: "merge", link: 1 });
      expect(await saveAlignment({ db, sourceTextId: source.id, baseVersion: 1, links: merged, userId: user.id })).toEqual({ ok: true, version: 2 });
      expect(await saveAlignment({ db, sourceTextId: source.id, baseVersion: 1, links: source.alignment.links, userId: user.id })).toEqual({ ok: false, reason: "conflict", version: 2 });
      const current = (await findCurrentSource({ db, articleId }))!;
      expect(current.alignment).toMatchObject({ version: 2, origin: "manual", links: merged, createdBy: "Fonte" });
    });

    it("given again, is a new version and the earlier one stays", async () => {
      const db = getDb();
      const { user, articleId } = await setUp(db);
      await attachSource({ db, articleId, input: { kind: "text", text: fixture("source.zh.txt") }, userId: user.id });
      const again = await attachSource({ db, articleId, input: { kind: "text", text: "科大讯飞发布新一代星火大模型\n\n11月28日，科大讯飞在合肥发布了新一代星火大模型。" }, userId: user.id });
      expect(again).toMatchObject({ ok: true, version: 2, paragraphs: 2 });
      expect(await prismaForTests(db).sourceText.count({ where: { articleId } })).toBe(2);
      expect(await prismaForTests(db).sourceParagraph.count({ where: { sourceText: { articleId, version: 1 } } })).toBe(6);
    });

    it("round-trips through XLIFF: export, import as a new article, export again gives the same units and ids", async () => {
      const db = getDb();
      const { user, articleId } = await setUp(db);
      await attachSource({ db, articleId, input: { kind: "text", text: fixture("source.zh.txt") }, userId: user.id });
      for (const format of ["xliff", "xliff12"] as const) {
        const first = await renderBilingualExport(db, articleId, format);
        expect(first?.ok).toBe(true);
        const xml = first!.ok ? first!.body : "";
        const imported = await importXliffArticle({ db, xml, userId: user.id });
        // Seven units: the byline, without source, is one of them; paragraph 5 of the original is two paragraphs here.
        expect(imported).toMatchObject({ ok: true, source: "zh", units: 7, paragraphs: 8 });
        const again = await renderBilingualExport(db, imported.ok ? imported.id : 0, format);
        const units = (body: string) => body.replace(/lapidar-article-\d+/g, "FILE").match(/<(?:unit|trans-unit) id="[^"]+"/g);
        expect(again!.ok && units(again!.body)).toEqual(units(xml));
        expect(again!.ok && again!.body.replace(/\s+approved="yes"/g, "")).toBe(xml.replace(/\s+approved="yes"/g, ""));
      }
    });

    it("exports TMX only with an original, and then only approved paragraphs", async () => {
      const db = getDb();
      const { user, articleId } = await setUp(db);
      const refused = await renderBilingualExport(db, articleId, "tmx");
      expect(refused).toEqual({ ok: false, refusal: { key: "tmxNeedsOriginal" } });
      // The route words the refusal in the reader's interface language.
      if (!refused || refused.ok) throw new Error("TMX without an original was not refused");
      const { refusal } = refused;
      expect(refusalText("pt-PT", refusal)).toBe("Uma memória TMX precisa do original chinês, e este artigo não o tem: dê-lhe primeiro o seu original.");
      expect(refusalText("en", refusal)).toBe("A TMX memory needs the Chinese original, and this article has none: give it its original first.");
      await attachSource({ db, articleId, input: { kind: "text", text: fixture("source.zh.txt") }, userId: user.id });
      const tmx = await renderBilingualExport(db, articleId, "tmx");
      expect(tmx).toMatchObject({ ok: true, fileName: `article-${articleId}.tmx` });
      expect(tmx!.ok && tmx!.body.match(/<tu /g)).toBe(null);
    });

    it("refuses a text that is not Chinese, storing nothing", async () => {
      const db = getDb();
      const { user, articleId } = await setUp(db);
      const refused = await attachSource({ db, articleId, input: { kind: "text", text: "Isto é português, não o original." }, userId: user.id });
      expect(refused).toEqual({ ok: false, code: "not_chinese" });
      expect(await prismaForTests(db).sourceText.count({ where: { articleId } })).toBe(0);
    });
  });
}

async function paragraphsOf(db: Db, articleId: number) {
  return (await getArticleTexts(db, articleId))!.paragraphs;
}
