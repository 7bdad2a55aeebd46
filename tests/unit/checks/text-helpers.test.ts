import { describe, expect, it } from "vitest";
import { findNameSpans } from "@/lib/text/names";
import { segmentPinyin } from "@/lib/text/pinyin";
import { countWords, tokenize } from "@/lib/text/tokens";

describe("tokenize", () => {
  it("keeps UTF-16 offsets across accents, emoji and CJK, and joins hyphenated words", () => {
    const text = "😀 A anos-luz, 光年 é Xi'an.";
    const tokens = tokenize(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.text)).toEqual(["A", "anos-luz", "光年", "é", "Xi'an"]);
    expect(countWords(text)).toBe(5);
  });
});

describe("segmentPinyin", () => {
  it.each([
    ["Guangnian", ["guang", "nian"]],
    ["Xunfei", ["xun", "fei"]],
    ["Xi'an", ["xi", "an"]],
    ["Zhongguo", ["zhong", "guo"]],
  ])("splits %s", (word, syllables) => expect(segmentPinyin(word)).toEqual(syllables));

  it.each(["desembarque", "sua", "Nigeria", "modelo", "Stanley"])("rejects %s", (word) => expect(segmentPinyin(word)).toBeNull());
});

describe("findNameSpans", () => {
  it("joins capitalised words across connectors and drops ordinary sentence-initial words", () => {
    const paragraphs = [{ index: 0, kind: "body" as const, text: "Na Conferência Zhiyuan de Pequim, o CTO da Jinyou.com falou. Os dados saíram." }];
    expect(findNameSpans(paragraphs).map((s) => s.text)).toEqual(["Conferência Zhiyuan de Pequim", "CTO", "Jinyou.com"]);
  });
  it("keeps a sentence-initial Chinese surname that the speller knows when a pinyin given name follows", () => {
    const paragraphs = [{ index: 0, kind: "body" as const, text: "Gu Huinan falou. Ou Pequim ou Xangai." }];
    const isCommonWord = (word: string) => ["gu", "ou"].includes(word.toLowerCase());
    expect(findNameSpans(paragraphs, isCommonWord).map((s) => s.text)).toEqual(["Gu Huinan", "Pequim", "Xangai"]);
  });
});
