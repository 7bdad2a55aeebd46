import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticle, getArticle } from "@/lib/data/articles";
import { openPglite, type OpenDatabase } from "@/lib/data/db";
import { saveParagraphText } from "@/lib/data/paragraphs";
import { createUser } from "@/lib/data/users";
import { lookUpPhrase } from "@/lib/services/concordance";
import { concordanceQuerySchema } from "@/lib/validation/concordance";

/** The concordance on a real database: the phrase query over the generated word columns, and the tally. */
let opened: OpenDatabase;
let first: number;

async function article(title: string, body: string, userId: number) {
  const { id } = await createArticle(opened.db, { title, author: null, sourceName: null, sourceUrl: null, locale: "pt-PT", paragraphs: [{ kind: "heading", text: title }, { kind: "body", text: body }] }, userId);
  return (await getArticle(opened.db, id))!;
}

beforeAll(async () => {
  opened = await openPglite();
  const rita = await createUser(opened.db, { email: "rita@example.com", name: "Rita", passwordHash: "x", role: "reviewer" });
  const a = await article("Primeiro", "A HKUST Xunfei lançou um modelo. Para muitas empresas, a IA tornou-se uma necessidade justa.", rita.id);
  const b = await article("Segundo", "Os números da HKUST  Xunfei subiram.", rita.id);
  await article("Terceiro", "A hkust xunfei voltou a crescer.", rita.id);
  first = a.id;
  await saveParagraphText(opened.db, { paragraphId: a.paragraphs[1].id, baseVersion: 1, text: "A iFlytek lançou um modelo. Para muitas empresas, a IA tornou-se uma necessidade real.", userId: rita.id });
  await saveParagraphText(opened.db, { paragraphId: b.paragraphs[1].id, baseVersion: 1, text: "Os números da iFlytek subiram.", userId: rita.id });
}, 120_000);
afterAll(async () => {
  await opened?.close();
});

const look = (params: Record<string, string>) => lookUpPhrase(opened.db, concordanceQuerySchema.parse(params));

describe("the concordance", () => {
  it("finds a phrase whatever its case and spacing, and counts what reviewers corrected it as", async () => {
    const result = await look({ q: "HKUST Xunfei" });
    expect(result.total).toBe(3);
    expect(result.corrections).toEqual([{ text: "iFlytek", count: 2 }]);
    expect(result.kept).toBe(1);
    // The most recently changed first: the two corrected paragraphs, then the untouched one.
    expect(result.hits.map((h) => h.version)).toEqual([2, 2, 1]);
  });

  it("searches the machine text, the current text, or both", async () => {
    expect((await look({ q: "iFlytek", scope: "machine" })).total).toBe(0);
    expect((await look({ q: "iFlytek", scope: "current" })).total).toBe(2);
    expect((await look({ q: "necessidade real" })).corrections).toEqual([]);
  });

  it("leaves out the article a reviewer came from", async () => {
    const result = await look({ q: "HKUST Xunfei", exclude: String(first) });
    expect(result.total).toBe(2);
    expect(result.hits.every((h) => h.articleId !== first)).toBe(true);
  });

  it("finds nothing for words in another order", async () => {
    expect((await look({ q: "Xunfei HKUST" })).total).toBe(0);
  });
});
