import { describe, expect, it } from "vitest";
import { variantSpellings } from "@/lib/text/variant-spelling";

describe("variantSpellings", () => {
  it("drops the consonants pt-PT no longer writes, one rule at a time and all together", () => {
    expect(variantSpellings("ruptura", "pt-PT")).toContain("rutura");
    expect(variantSpellings("recepção", "pt-PT")).toContain("receção");
    expect(variantSpellings("Óptimo", "pt-BR")).toContain("ótimo");
  });
  it("swaps the accent on a vowel before m or n", () => {
    expect(variantSpellings("econômico", "pt-PT")).toContain("económico");
    expect(variantSpellings("génio", "pt-BR")).toContain("gênio");
  });
  it("offers nothing when no rule applies", () => expect(variantSpellings("mercado", "pt-PT")).toEqual([]));
});
