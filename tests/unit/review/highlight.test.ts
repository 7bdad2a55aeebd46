import { describe, expect, it } from "vitest";
import { highestSeverity, segmentHighlights } from "@/lib/review/highlight";

const span = (start: number, end: number) => ({ start, end });
const joined = (text: string, flags: { start: number; end: number }[]) => segmentHighlights(text, flags).map((s) => s.text).join("");

describe("segmentHighlights", () => {
  it("covers the whole text with no flags", () => {
    expect(segmentHighlights("Olá mundo", [])).toEqual([{ start: 0, end: 9, text: "Olá mundo", flags: [] }]);
    expect(segmentHighlights("", [span(0, 3)])).toEqual([]);
  });

  it("keeps spans at the paragraph's edges", () => {
    const text = "Jiazi Guangnian disse que sim";
    const segments = segmentHighlights(text, [span(0, 15), span(26, 29)]);
    expect(segments.map((s) => [s.text, s.flags])).toEqual([
      ["Jiazi Guangnian", [0]],
      [" disse que ", []],
      ["sim", [1]],
    ]);
  });

  it("splits overlapping flags into shared and single runs", () => {
    const text = "HKUST Xunfei anunciou";
    const segments = segmentHighlights(text, [span(0, 12), span(6, 21)]);
    expect(segments.map((s) => [s.text, s.flags])).toEqual([
      ["HKUST ", [0]],
      ["Xunfei", [0, 1]],
      [" anunciou", [1]],
    ]);
  });

  it("keeps adjacent flags apart", () => {
    const segments = segmentHighlights("abcdef", [span(0, 3), span(3, 6)]);
    expect(segments.map((s) => [s.text, s.flags])).toEqual([
      ["abc", [0]],
      ["def", [1]],
    ]);
  });

  it("handles a flag nested in another and identical spans", () => {
    const segments = segmentHighlights("o otimização", [span(0, 12), span(2, 12), span(2, 12)]);
    expect(segments.map((s) => [s.text, s.flags])).toEqual([
      ["o ", [0]],
      ["otimização", [0, 1, 2]],
    ]);
  });

  it("uses UTF-16 offsets with accents, emoji and CJK text without cutting a surrogate pair", () => {
    const text = "Ação 🚀 em 简体中文 já";
    const rocket = text.indexOf("🚀");
    const han = text.indexOf("简体中文");
    const segments = segmentHighlights(text, [span(rocket, rocket + 2), span(han, han + 4), span(rocket + 1, rocket + 2)]);
    expect(segments.find((s) => s.flags.includes(0))!.text).toBe("🚀");
    expect(segments.find((s) => s.flags.includes(1))!.text).toBe("简体中文");
    expect(segments.every((s) => !/^[\uDC00-\uDFFF]/.test(s.text))).toBe(true);
    expect(joined(text, [span(rocket, rocket + 2), span(han, han + 4)])).toBe(text);
  });

  it("clamps offsets beyond the text and drops empty spans", () => {
    const segments = segmentHighlights("curto", [span(3, 99), span(2, 2), span(-4, 1)]);
    expect(segments.map((s) => [s.text, s.flags])).toEqual([
      ["c", [2]],
      ["ur", []],
      ["to", [0]],
    ]);
  });

  it("stays linear enough for many flags in one paragraph", () => {
    const text = "palavra ".repeat(500);
    const flags = Array.from({ length: 500 }, (_, i) => span(i * 8, i * 8 + 7));
    const started = performance.now();
    const segments = segmentHighlights(text, flags);
    expect(performance.now() - started).toBeLessThan(500);
    expect(segments.filter((s) => s.flags.length === 1)).toHaveLength(500);
    expect(segments.map((s) => s.text).join("")).toBe(text);
  });
});

describe("highestSeverity", () => {
  it("picks the most severe", () => {
    expect(highestSeverity(["minor", "critical", "info"])).toBe("critical");
    expect(highestSeverity([])).toBeNull();
  });
});
