import { describe, expect, it } from "vitest";
import { issuesText } from "@/lib/i18n/refusal-wording";
import { dictionaryWordSchema, wordSchema } from "@/lib/validation/word";

// As a reviewer reads it: the issues worded from the English catalogue.
const problem = (word: string) => {
  const result = wordSchema.safeParse(word);
  return result.success ? null : [issuesText("en", result.error.issues)];
};

describe("a word for the dictionary or to ignore", () => {
  it("is stored lower case and NFC, so that it matches the flagged text however it was typed", () => {
    expect(wordSchema.parse(" Criptomoedas ")).toBe("criptomoedas");
    expect(wordSchema.parse("Ac\u0327a\u0303o")).toBe("ação");
    expect(wordSchema.parse("anos-luz")).toBe("anos-luz");
    expect(wordSchema.parse("d’água")).toBe("d’água");
  });

  it("is refused with one message that says what is wrong", () => {
    expect(problem("")).toEqual(["Enter a word."]);
    expect(problem("x".repeat(61))).toEqual(["A word is at most 60 characters."]);
    expect(problem("duas palavras")).toEqual(["A word has letters only, and hyphens or apostrophes: no spaces, digits or other punctuation."]);
    expect(problem("web3")).toEqual(["A word has letters only, and hyphens or apostrophes: no spaces, digits or other punctuation."]);
    expect(problem("-cripto")).toEqual(["A hyphen or an apostrophe goes between two letters."]);
    expect(problem("cripto--ativo")).toEqual(["A hyphen or an apostrophe goes between two letters."]);
    expect(problem("x".repeat(60))).toBeNull();
  });

  it("comes with a locale (both unless said) and an optional note, trimmed", () => {
    expect(dictionaryWordSchema.parse({ word: "Staking" })).toEqual({ word: "staking", locale: "both", note: null });
    expect(dictionaryWordSchema.parse({ word: "staking", locale: "pt-BR", note: "  cripto  " })).toEqual({ word: "staking", locale: "pt-BR", note: "cripto" });
    expect(issuesText("en", dictionaryWordSchema.safeParse({ word: "staking", note: "n".repeat(501) }).error?.issues ?? [])).toBe("A note is at most 500 characters.");
  });
});
