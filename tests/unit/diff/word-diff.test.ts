import { describe, expect, it } from "vitest";
import { type DiffPart, wordDiff } from "@/lib/diff/word-diff";
import { readSharedFixture } from "../../shared-fixtures";
import { diffStats } from "@/lib/diff/diff-stats";
import { sideBySide } from "@/lib/diff/side-by-side";

const ops = (parts: DiffPart[]) => parts.map((p) => [p.op, p.text]);

/** Every part must point at its own text in both strings, and the parts must rebuild both strings. */
function expectConsistent(before: string, after: string, parts: DiffPart[]) {
  let rebuiltBefore = "";
  let rebuiltAfter = "";
  for (const p of parts) {
    if (p.op !== "insert") {
      expect(before.slice(p.beforeStart, p.beforeEnd)).toBe(p.text);
      rebuiltBefore += p.text;
    } else {
      expect(p.beforeEnd).toBe(p.beforeStart);
    }
    if (p.op !== "delete") {
      expect(after.slice(p.afterStart, p.afterEnd)).toBe(p.text);
      rebuiltAfter += p.text;
    } else {
      expect(p.afterEnd).toBe(p.afterStart);
    }
  }
  expect(rebuiltBefore).toBe(before);
  expect(rebuiltAfter).toBe(after);
}

describe("wordDiff", () => {
  it("shows a removed space before a comma as the only change", () => {
    const before = "não promoveu o desenvolvimento da tecnologia , mas é um investimento";
    const after = "não promoveu o desenvolvimento da tecnologia, mas é um investimento";
    const parts = wordDiff(before, after);
    expect(ops(parts)).toEqual([
      ["equal", "não promoveu o desenvolvimento da tecnologia"],
      ["delete", " "],
      ["equal", ", mas é um investimento"],
    ]);
    expect(parts[1]).toMatchObject({ beforeStart: 44, beforeEnd: 45, afterStart: 44, afterEnd: 44 });
    expectConsistent(before, after, parts);
  });

  it("keeps a multi-word replacement together instead of word-by-word noise", () => {
    const before = "grande modelo + aprendizado imediato não pode";
    const after = "grande modelo + aprendizagem por prompts não pode";
    expect(ops(wordDiff(before, after))).toEqual([
      ["equal", "grande modelo + "],
      ["delete", "aprendizado imediato"],
      ["insert", "aprendizagem por prompts"],
      ["equal", " não pode"],
    ]);
  });

  it("makes punctuation and case changes visible", () => {
    expect(ops(wordDiff("em março. desacelerou", "em março, mas desacelerou"))).toEqual([
      ["equal", "em março"],
      ["delete", "."],
      ["insert", ", mas"],
      ["equal", " desacelerou"],
    ]);
    expect(ops(wordDiff("o otimização", "a otimização"))).toEqual([
      ["delete", "o"],
      ["insert", "a"],
      ["equal", " otimização"],
    ]);
    expect(ops(wordDiff("Marca", "marca"))).toEqual([
      ["delete", "Marca"],
      ["insert", "marca"],
    ]);
  });

  it("shows a doubled space and a changed line break", () => {
    expect(ops(wordDiff("duas  palavras", "duas palavras"))).toEqual([
      ["equal", "duas"],
      ["delete", "  "],
      ["insert", " "],
      ["equal", "palavras"],
    ]);
    expectConsistent("a\nb", "a b", wordDiff("a\nb", "a b"));
  });

  it("gives UTF-16 offsets through accents, emoji and CJK", () => {
    const before = "Ação 😀 em 光年之外, café";
    const after = "Ação 😀 na 光年智能, café ☕";
    const parts = wordDiff(before, after);
    expectConsistent(before, after, parts);
    const inserted = parts.filter((p) => p.op === "insert").map((p) => p.text);
    expect(inserted).toEqual(["na", "智能", " ☕"]);
    const cjk = parts.find((p) => p.text === "之外");
    expect(cjk).toMatchObject({ op: "delete", beforeStart: before.indexOf("之外"), beforeEnd: before.indexOf("之外") + 2 });
  });

  it("handles empty texts", () => {
    expect(wordDiff("", "")).toEqual([]);
    expect(wordDiff("", "novo")).toEqual([{ op: "insert", text: "novo", beforeStart: 0, beforeEnd: 0, afterStart: 0, afterEnd: 4 }]);
    expect(wordDiff("velho", "")).toEqual([{ op: "delete", text: "velho", beforeStart: 0, beforeEnd: 5, afterStart: 0, afterEnd: 0 }]);
    expect(wordDiff("igual", "igual")).toEqual([{ op: "equal", text: "igual", beforeStart: 0, beforeEnd: 5, afterStart: 0, afterEnd: 5 }]);
  });

  it("falls back to one whole replacement when the edit is too long to diff", () => {
    const before = Array.from({ length: 400 }, (_, i) => `a${i}`).join(" ");
    const after = Array.from({ length: 400 }, (_, i) => `b${i}`).join(" ");
    const parts = wordDiff(before, after, { maxEditLength: 10 });
    expect(ops(parts)).toEqual([
      ["delete", before],
      ["insert", after],
    ]);
    expectConsistent(before, after, parts);
  });

  it("keeps offsets consistent on every paragraph of the seed article against a corrected version", () => {
    const paragraphs = readSharedFixture("seed-article.txt").split("\n\n");
    const corrected = readSharedFixture("clean-pt-article.txt").split("\n\n");
    paragraphs.forEach((before, i) => {
      const after = before
        .replace(/ ,/g, ",")
        .replace(/modelos? grandes?/g, "LLM")
        .concat(" ", corrected[i % corrected.length].slice(0, 40));
      expectConsistent(before, after, wordDiff(before, after));
    });
  });

  it("stays fast on a 5,000-word text", () => {
    const words = readSharedFixture("seed-article.txt").split(/\s+/).slice(0, 5000);
    const before = words.join(" ");
    const after = words.map((w, i) => (i % 25 === 0 ? w.toUpperCase() : w)).join(" ");
    const started = performance.now();
    const parts = wordDiff(before, after);
    const elapsed = performance.now() - started;
    expectConsistent(before, after, parts);
    expect(elapsed).toBeLessThan(5_000);
  });
});

describe("sideBySide", () => {
  it("puts a paragraph without line breaks on one row, deletions left and insertions right", () => {
    const rows = sideBySide(wordDiff("como HKUST Xunfei e 360", "como iFlytek e 360"));
    expect(rows).toHaveLength(1);
    expect(rows[0].left.map((p) => p.op)).toEqual(["equal", "delete", "equal"]);
    expect(rows[0].right.map((p) => p.op)).toEqual(["equal", "insert", "equal"]);
    expect(rows[0].left.map((p) => p.text).join("")).toBe("como HKUST Xunfei e 360");
    expect(rows[0].right.map((p) => p.text).join("")).toBe("como iFlytek e 360");
  });

  it("aligns rows at shared line breaks and keeps offsets of the split parts", () => {
    const before = "linha um\nlinha dois\nfim";
    const after = "linha um\nlinha 2\nfim";
    const rows = sideBySide(wordDiff(before, after));
    expect(rows.map((r) => r.left.map((p) => p.text).join(""))).toEqual(["linha um\n", "linha dois\n", "fim"]);
    expect(rows.map((r) => r.right.map((p) => p.text).join(""))).toEqual(["linha um\n", "linha 2\n", "fim"]);
    for (const row of rows) {
      for (const p of row.left) expect(before.slice(p.beforeStart, p.beforeEnd)).toBe(p.text);
      for (const p of row.right) expect(after.slice(p.afterStart, p.afterEnd)).toBe(p.text);
    }
  });

  it("gives one empty row for two empty texts", () => {
    expect(sideBySide([])).toEqual([{ left: [], right: [] }]);
  });
});

describe("diffStats", () => {
  it("counts words and places changed", () => {
    const stats = diffStats(wordDiff("como HKUST Xunfei e a 360 , mas", "como iFlytek e 360, mas"));
    expect(stats).toMatchObject({ wordsDeleted: 3, wordsInserted: 1, changes: 3 });
  });

  it("counts nothing for identical texts", () => {
    expect(diffStats(wordDiff("igual", "igual"))).toEqual({
      wordsInserted: 0,
      wordsDeleted: 0,
      charsInserted: 0,
      charsDeleted: 0,
      changes: 0,
    });
  });
});
