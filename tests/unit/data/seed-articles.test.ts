import { describe, expect, it } from "vitest";
import { generateSeedArticles } from "@/lib/demo/seed-articles";
import { articleTextHash } from "@/lib/import/article-text-hash";

describe("generateSeedArticles", () => {
  it("replays from its seed and makes articles that are not duplicates of one another", () => {
    const a = generateSeedArticles(300, 4);
    expect(generateSeedArticles(300, 4)).toEqual(a);
    expect(generateSeedArticles(5, 5)).not.toEqual(a.slice(0, 5));
    expect(new Set(a.map((x) => articleTextHash(x.paragraphs.map((p) => p.text)))).size).toBe(300);
    expect(new Set(a.map((x) => x.sourceUrl)).size).toBe(300);
    for (const x of a) {
      expect(x.paragraphs[0]).toEqual({ kind: "heading", text: x.title });
      expect(x.title.length).toBeLessThanOrEqual(300);
      expect(x.paragraphs.every((p) => !/\{\w+\}/.test(p.text))).toBe(true);
    }
    expect(new Set(a.map((x) => x.locale))).toEqual(new Set(["pt-PT", "pt-BR"]));
  });
});
