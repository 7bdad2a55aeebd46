import { describe, expect, it } from "vitest";
import { replacedPhrases } from "@/lib/diff/replaced-phrases";

const pairs = (before: string, after: string) => replacedPhrases(before, after).map((p) => [p.from, p.to]);

describe("replacedPhrases", () => {
  it("pairs a misread company name with its correction", () => {
    const before = "as ações de conceito de IA, como HKUST Xunfei, Kunlun Wanwei e 360, despencaram";
    const after = "as ações de conceito de IA, como iFlytek, Kunlun Wanwei e 360, despencaram";
    const [phrase] = replacedPhrases(before, after);
    expect(phrase).toEqual({
      from: "HKUST Xunfei",
      to: "iFlytek",
      beforeStart: before.indexOf("HKUST"),
      beforeEnd: before.indexOf("HKUST") + "HKUST Xunfei".length,
      afterStart: after.indexOf("iFlytek"),
      afterEnd: after.indexOf("iFlytek") + "iFlytek".length,
    });
  });

  it("finds every replacement in a paragraph, in order", () => {
    expect(
      pairs(
        'discutiram no círculo de amigos sobre a "necessidade justa" da empresa',
        'discutiram nos Momentos do WeChat sobre a "necessidade essencial" da empresa',
      ),
    ).toEqual([
      ["no círculo de amigos", "nos Momentos do WeChat"],
      ["justa", "essencial"],
    ]);
  });

  it("trims whitespace and punctuation both sides share at the edges", () => {
    const found = replacedPhrases("a Jiazi Guangnian, disse", "a Jiazi Light Year, disse");
    expect(found.map((p) => [p.from, p.to])).toEqual([["Guangnian", "Light Year"]]);
    const [p] = found;
    expect("a Jiazi Guangnian, disse".slice(p.beforeStart, p.beforeEnd)).toBe(p.from);
    expect("a Jiazi Light Year, disse".slice(p.afterStart, p.afterEnd)).toBe(p.to);
  });

  it("takes words moved around one kept word as one replacement", () => {
    expect(pairs("O modelo grande da empresa", "O grande modelo da empresa")).toEqual([["modelo grande", "grande modelo"]]);
    expect(pairs("O fundador Li Yanhong disse", "O fundador Robin Li disse")).toEqual([["Li Yanhong", "Robin Li"]]);
    // An insertion before a kept word, then a replacement of its own: two edits, not a move.
    expect(pairs("o modelo x", "o grande modelo y")).toEqual([["x", "y"]]);
  });

  it("ignores pure insertions and deletions", () => {
    expect(pairs("tecnologia , mas", "tecnologia, mas")).toEqual([]);
    expect(pairs("o modelo", "o grande modelo")).toEqual([]);
    expect(pairs("igual", "igual")).toEqual([]);
  });

  it("keeps offsets right after emoji and CJK text", () => {
    const before = "😀 光年之外 comprou a Light Years Away";
    const after = "😀 光年之外 comprou a Light Years Beyond";
    const [p] = replacedPhrases(before, after);
    expect([p.from, p.to]).toEqual(["Away", "Beyond"]);
    expect(before.slice(p.beforeStart, p.beforeEnd)).toBe("Away");
    expect(after.slice(p.afterStart, p.afterEnd)).toBe("Beyond");
  });
});
