import { describe, expect, it } from "vitest";
import { LETTER, LETTER_OR_MARK, matchesNotAfter } from "@/lib/text/scan";

/** matchesNotAfter must give exactly what the pattern with a leading negative lookbehind gives. */
function same(body: string, flags: string, before: string, beforeTest: RegExp, texts: string[]) {
  const withLookbehind = new RegExp(`(?<!${before})${body}`, flags);
  const without = new RegExp(body, flags);
  for (const text of texts) {
    const expected = [...text.matchAll(withLookbehind)].map((m) => [m.index, m[0], ...m.slice(1)]);
    const actual = [...matchesNotAfter(without, text, beforeTest)].map((m) => [m.index, m[0], ...m.slice(1)]);
    expect(actual, text).toEqual(expected);
  }
}

const TEXTS = [
  "O diretor de la empresa falou.",
  "Vende la empresa: de la casa, del la, dede la empresa e xde la coisa.",
  "𝐀de la empresa e 𝐀 de la empresa", // a letter outside the BMP right before the start
  "ade la de la empresa",
  "mas mas mas, Xmas mas e no entanto, mas",
  "No entanto, mas o valor. Portanto, então sim. Aportanto então.",
  "",
  "de la",
];

describe("matchesNotAfter", () => {
  it("gives the matches of a leading (?<![\\p{L}])", () => same("(?:de|en|con|por|para) (?:la|el|los|las) (?=\\p{L})", "gu", "[\\p{L}]", LETTER, TEXTS));
  it("gives the matches of a leading (?<![\\p{L}\\p{M}]), captures included", () =>
    same("(?:(mas|no entanto),? (?:mas|no entanto)|(portanto|então),? (?:portanto|então))(?![\\p{L}\\p{M}])", "giu", "[\\p{L}\\p{M}]", LETTER_OR_MARK, TEXTS));
  it("retries from the next position after a refused start", () => same("[A-Z][A-Z0-9]{1,4}(?![\\p{L}\\d])", "gu", "[\\p{L}\\d]", /^[\p{L}\d]$/u, ["ABCDEFG HKUST xAI 3GPP (CEO) ÉCNU-AB"]));
  it("can be run again on another text with the same pattern", () => {
    const pattern = /de la/gu;
    expect([...matchesNotAfter(pattern, "de la de la", LETTER)].length).toBe(2);
    expect([...matchesNotAfter(pattern, "xde la", LETTER)].length).toBe(0);
  });
});
