import { describe, expect, it } from "vitest";
import { conflictCount, mergeWords, resolveMerge } from "@/lib/diff/merge";

const BASE = "A empresa Jiazi Guangnian anunciou os resultados. As ações subiram dez por cento na bolsa de Xangai.";

describe("mergeWords", () => {
  it("merges edits to different sentences of one paragraph", () => {
    const mine = BASE.replace("Jiazi Guangnian", "Jiazi Light Year");
    const theirs = BASE.replace("dez por cento", "10 %");
    const merged = mergeWords(BASE, mine, theirs);
    expect(merged.text).toBe("A empresa Jiazi Light Year anunciou os resultados. As ações subiram 10 % na bolsa de Xangai.");
    expect(conflictCount(merged.parts)).toBe(0);
  });

  it("merges an edit to punctuation with edits to other words", () => {
    const base = "Ele disse , que a empresa cresceu muito";
    const merged = mergeWords(base, "Ele disse, que a empresa cresceu muito", "Ele disse , que a companhia cresceu bastante");
    expect(merged.text).toBe("Ele disse, que a companhia cresceu bastante");
  });

  it("takes identical changes once", () => {
    const both = BASE.replace("Xangai", "Shanghai");
    expect(mergeWords(BASE, both, both).text).toBe(both);
    expect(mergeWords(BASE, both.replace("empresa", "firma"), both).text).toBe(both.replace("empresa", "firma"));
  });

  it("keeps one side when the other did not change", () => {
    expect(mergeWords(BASE, BASE, "outro").text).toBe("outro");
    expect(mergeWords(BASE, "meu", BASE).text).toBe("meu");
  });

  it("reports overlapping edits as a conflict with both sides and the base", () => {
    const mine = BASE.replace("Jiazi Guangnian", "Jiazi Light Year");
    const theirs = BASE.replace("Jiazi Guangnian", "Jiazi Guang Nian");
    const merged = mergeWords(BASE, mine, theirs);
    expect(merged.text).toBeNull();
    const conflicts = merged.parts.filter((p) => p.kind === "conflict");
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ mine: expect.stringContaining("Light Year"), theirs: expect.stringContaining("Guang Nian") });
    // The parts rebuild each side.
    const side = (pick: "mine" | "theirs" | "base") => merged.parts.map((p) => (p.kind === "same" ? p.text : p[pick])).join("");
    expect(side("mine")).toBe(mine);
    expect(side("theirs")).toBe(theirs);
    expect(side("base")).toBe(BASE);
  });

  it("does not splice edits to two neighbouring words (the halves of one name)", () => {
    const merged = mergeWords(BASE, BASE.replace("Jiazi Guangnian", "Jiazi Light Year"), BASE.replace("Jiazi Guangnian", "JiaZi Guangnian"));
    expect(merged.text).toBeNull();
    expect(merged.parts.find((p) => p.kind === "conflict")).toMatchObject({ mine: "Jiazi Light Year ", theirs: "JiaZi Guangnian " });
  });

  it("leaves clean parts merged around a conflict", () => {
    const mine = BASE.replace("anunciou", "divulgou").replace("Xangai", "Xangai (SSE)");
    const theirs = BASE.replace("anunciou", "publicou");
    const merged = mergeWords(BASE, mine, theirs);
    expect(conflictCount(merged.parts)).toBe(1);
    expect(resolveMerge(merged.parts, ["theirs"])).toBe(BASE.replace("anunciou", "publicou").replace("Xangai", "Xangai (SSE)"));
    expect(resolveMerge(merged.parts, ["mine"])).toBe(mine);
  });

  it("gives very long texts to the reviewer whole", () => {
    const long = Array.from({ length: 3500 }, (_, i) => `palavra${i}`).join(" ");
    const merged = mergeWords(long, long + " fim", "início " + long);
    expect(merged.text).toBeNull();
    expect(merged.parts).toEqual([{ kind: "conflict", base: long, mine: long + " fim", theirs: "início " + long }]);
  });
});

describe("resolveMerge", () => {
  const merged = mergeWords("um dois três", "um DOIS três", "um 2 três");

  it("has no default: an open conflict gives no text", () => {
    expect(resolveMerge(merged.parts, [])).toBeNull();
    expect(resolveMerge(merged.parts, [null])).toBeNull();
  });

  it("keeps both sides' words when asked", () => {
    expect(resolveMerge(merged.parts, ["both"])).toBe("um 2 DOIS três");
  });
});
