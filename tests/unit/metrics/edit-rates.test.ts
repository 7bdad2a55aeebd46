import { describe, expect, it } from "vitest";
import { charEditRate } from "@/lib/metrics/char-edit-rate";
import { articleEditEffort, editEffort } from "@/lib/metrics/edit-effort";
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
