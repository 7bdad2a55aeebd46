import { describe, expect, it } from "vitest";
import { foldKey, nominalKey } from "@/lib/text/inflection";
import { tokenize } from "@/lib/text/tokens";
import { WordMemo, wordForms, wordsOf } from "@/lib/text/words";

describe("the shared word profile", () => {
  it("gives each word its forms, as the key functions compute them", () => {
    for (const word of ["Necessidades", "justa", "Ilusões", "HKUST", "anos-luz", "Xi'an"]) {
      const forms = wordForms(word);
      expect(forms).toMatchObject({ text: word, lower: word.toLowerCase(), folded: foldKey(word), nominal: nominalKey(word) });
    }
  });

  it("gives one object, and one id, per distinct word", () => {
    expect(wordForms("mercado")).toBe(wordForms("mercado"));
    expect(wordForms("mercado").id).not.toBe(wordForms("mercados").id);
    // The same key from different words is the same string object, so maps compare it by identity.
    expect(wordForms("Modelos").nominal).toBe(wordForms("modelo").nominal);
  });

  it("reads a paragraph's words once per token list", () => {
    const tokens = tokenize("O modelo grande e os modelos grandes.");
    const words = wordsOf(tokens);
    expect(words.map((w) => w.text)).toEqual(tokens.map((t) => t.text));
    expect(wordsOf(tokens)).toBe(words);
  });

  it("memoises a per-word fact by id", () => {
    let calls = 0;
    const memo = new WordMemo((w) => {
      calls++;
      return w.text.length;
    });
    expect(memo.get(wordForms("palavra"))).toBe(7);
    expect(memo.get(wordForms("palavra"))).toBe(7);
    expect(calls).toBe(1);
  });
});
