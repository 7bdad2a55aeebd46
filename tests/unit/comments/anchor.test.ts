import { describe, expect, it } from "vitest";
import { placeSpan } from "@/lib/comments/anchor";

const before = "A HKUST Xunfei lançou um grande modelo em Pequim.";
const at = (text: string, words: string) => [text.indexOf(words), text.indexOf(words) + words.length] as const;

describe("placeSpan", () => {
  it("keeps the span where it was when the text is the same", () => {
    expect(placeSpan(before, before, ...at(before, "grande modelo"))).toEqual({ kind: "kept", start: 25, end: 38 });
  });

  it.each([
    ["an edit before it", "A iFlytek lançou um grande modelo em Pequim."],
    ["an edit after it", "A HKUST Xunfei lançou um grande modelo na China."],
    ["edits on both sides", "Ontem, a iFlytek apresentou um grande modelo na China."],
    ["a word added right before it", "A HKUST Xunfei lançou um novo grande modelo em Pequim."],
  ])("follows the words through %s", (_, after) => {
    const place = placeSpan(before, after, ...at(before, "grande modelo"));
    expect(place.kind).toBe("kept");
    if (place.kind === "kept") expect(after.slice(place.start, place.end)).toBe("grande modelo");
  });

  it.each([
    ["a word inside it changed", "A HKUST Xunfei lançou um grande sistema em Pequim."],
    ["a word inserted inside it", "A HKUST Xunfei lançou um grande novo modelo em Pequim."],
    ["it was removed", "A HKUST Xunfei lançou algo em Pequim."],
  ])("says the words changed when %s", (_, after) => {
    expect(placeSpan(before, after, ...at(before, "grande modelo"))).toEqual({ kind: "changed" });
  });

  it("treats an impossible span as changed rather than highlighting something else", () => {
    expect(placeSpan(before, before, 10, 400)).toEqual({ kind: "changed" });
    expect(placeSpan(before, before, 5, 5)).toEqual({ kind: "changed" });
  });

  it("counts offsets in UTF-16 units, as the browser does (emoji and CJK)", () => {
    const text = "🙂 A 科大讯飞 lançou um modelo.";
    const after = "🙂🙂 A 科大讯飞 lançou um modelo.";
    const place = placeSpan(text, after, ...at(text, "科大讯飞"));
    expect(place).toEqual({ kind: "kept", start: after.indexOf("科大讯飞"), end: after.indexOf("科大讯飞") + 4 });
  });
});
