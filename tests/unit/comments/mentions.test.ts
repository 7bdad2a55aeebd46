import { describe, expect, it } from "vitest";
import { findMentions, mentionAtCaret, mentionCandidates } from "@/lib/comments/mentions";

const people = [
  { id: 1, name: "Ana" },
  { id: 2, name: "Ana Lima" },
  { id: 3, name: "João Sá" },
  { id: 4, name: "Rui" },
];

describe("findMentions", () => {
  it.each([
    ["@Ana, vê isto", [1]],
    ["@Ana Lima, vê isto", [2]],
    ["@ana lima e @RUI", [2, 4]],
    ["@João Sá: confirma?", [3]],
    ["@Anabela não existe", []],
    ["email ana@Rui.pt não é menção", []],
    ["@Rui @Rui outra vez", [4]],
    ["sem menções", []],
  ])("%s", (body, ids) => {
    expect(findMentions(body, people)).toEqual(ids);
  });
});

describe("mentionAtCaret", () => {
  it("finds the name being typed after @", () => {
    expect(mentionAtCaret("Olá @Ana L", 10)).toEqual({ start: 4, query: "Ana L" });
    expect(mentionAtCaret("@", 1)).toEqual({ start: 0, query: "" });
  });

  it("ignores an @ inside a word, across a line or too far back", () => {
    expect(mentionAtCaret("ana@exemplo", 11)).toBeNull();
    expect(mentionAtCaret("@Ana\nmais", 9)).toBeNull();
    expect(mentionAtCaret("@isto já é uma frase inteira", 28)).toBeNull();
  });
});

describe("mentionCandidates", () => {
  it("puts names starting with the query first, ignoring case and accents as typed", () => {
    expect(mentionCandidates("an", people).map((p) => p.id)).toEqual([1, 2]);
    expect(mentionCandidates("lima", people).map((p) => p.id)).toEqual([2]);
    expect(mentionCandidates("", people, 2).map((p) => p.id)).toEqual([1, 2]);
  });
});
