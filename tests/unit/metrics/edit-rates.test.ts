import { describe, expect, it } from "vitest";
import { charEditRate } from "@/lib/metrics/char-edit-rate";
import { articleEditEffort, editEffort } from "@/lib/metrics/edit-effort";
import { wordErrorRate } from "@/lib/metrics/word-error-rate";
import { countWords } from "@/lib/metrics/words";

describe("charEditRate", () => {
  it("is Levenshtein distance over the reference length", () => {
    expect(charEditRate("desenbarque", "desembarque")).toBeCloseTo(1 / 11, 10);
    expect(charEditRate("tecnologia , mas", "tecnologia, mas")).toBeCloseTo(1 / 15, 10);
    expect(charEditRate("igual", "igual")).toBe(0);
  });

  it("never divides by zero", () => {
    expect(charEditRate("abc", "")).toBe(3);
    expect(charEditRate("", "")).toBe(0);
  });

  it("counts an emoji as one character", () => {
    expect(charEditRate("ok 😀", "ok 😃")).toBeCloseTo(1 / 4, 10);
  });
});

// Cases from sacrebleu's published tests (test/test_wer.py).
describe("wordErrorRate", () => {
  it.each([
    ["aaaa bbbb cccc dddd", "aaaa bbbb cccc dddd", 0],
    ["dddd eeee ffff", "aaaa bbbb cccc", 1],
    ["", "a", 1],
    ["a", "", 1],
    ["", "", 0],
    ["the cat sat on the mat", "the cat sat on a mat", 1 / 6],
    ["a b c d", "a b d", 1 / 3],
  ])("%j against %j = %d", (hyp, ref, expected) => {
    expect(wordErrorRate(hyp, ref)).toBeCloseTo(expected, 10);
  });

  it("is case-insensitive unless asked", () => {
    expect(wordErrorRate("The cat sat.", "the cat sat.")).toBe(0);
    expect(wordErrorRate("The cat sat.", "the cat sat.", { caseSensitive: true })).toBeCloseTo(1 / 3, 10);
  });
});

describe("editEffort", () => {
  it("reports nothing to do for an untouched paragraph", () => {
    expect(editEffort("Texto igual.", "Texto igual.")).toEqual({ changed: false, charEditRate: 0, ter: 0, terLimited: false, chrf: 100 });
  });

  it("reports the effort of a correction with the machine text as hypothesis", () => {
    const effort = editEffort("como HKUST Xunfei e 360", "como iFlytek e 360");
    expect(effort.changed).toBe(true);
    expect(effort.ter).toBeCloseTo(2 / 4, 10);
    expect(effort.charEditRate).toBeGreaterThan(0);
    expect(effort.chrf).toBeLessThan(100);
  });

  it("pools an article rather than averaging paragraph rates", () => {
    const article = articleEditEffort([
      { machineText: "um dois três quatro", finalText: "um dois três quatro" },
      { machineText: "cinco", finalText: "seis" },
    ]);
    expect(article).toMatchObject({ paragraphs: 2, changedParagraphs: 1, changed: true });
    expect(article.ter).toBeCloseTo(1 / 5, 10);
    // "cinco" → "seis" is 5 character edits; the reference lengths are 19 and 4.
    expect(article.charEditRate).toBeCloseTo(5 / (19 + 4), 10);
  });
});

describe("countWords", () => {
  it("counts Portuguese words with hyphens, numbers and each Han character", () => {
    expect(countWords("Disse-lhe que 2,5 milhões d'água chegaram.")).toBe(6);
    expect(countWords("光年之外 comprou")).toBe(5);
    expect(countWords("  — , ")).toBe(0);
  });
});
