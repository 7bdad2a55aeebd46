import { describe, expect, it } from "vitest";
import { inlineMarkdown } from "@/lib/import/inline-markdown";
import { seededRandom } from "@/lib/seeded-random";
import { bestDoublingRatio, repeated } from "../text/growth";

/** The regular expressions the scanners replace: right on short lines, quadratic on long hostile ones. */
function byRegex(text: string): string {
  return text
    .replace(/<\/?[a-zA-Z][^>]*>/g, "")
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1")
    .replace(/<(https?:\/\/[^>\s]+)>/g, "$1")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, "$1")
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, "$2")
    .replace(/(^|[^\p{L}\p{N}*_])([*_])(?=\S)(.+?)(?<=\S)\2(?![\p{L}\p{N}])/gu, "$1$3")
    .replace(/\\([\\`*_{}[\]()#+\-.!>~|])/g, "$1");
}

describe("inlineMarkdown", () => {
  it("reduces inline markup to its text", () => {
    expect(inlineMarkdown("Um **negrito**, um *itálico*, ~~riscado~~ e `código`.")).toBe("Um negrito, um itálico, riscado e código.");
    expect(inlineMarkdown("Ver [a fonte](https://example.com) e [o guia][ref] ![foto](a.png) <https://lapidar.pt>")).toBe("Ver a fonte e o guia  ");
    expect(inlineMarkdown("<span class=\"x\">texto</span> &amp; &#233; \\[nota\\]")).toBe("texto & é [nota]");
    expect(inlineMarkdown("snake_case_name e 2*3*4")).toBe("snake_case_name e 2*3*4");
  });

  it("gives what the regular expressions gave on every short line of markup characters", () => {
    const next = seededRandom(11);
    const alphabet = ["<", ">", "/", "a", "B", " ", "!", "[", "]", "(", ")", "*", "**", "_", "__", "~~", "`", "\\", "<http://", "<https://", "é", "1", ":", "\n", "😀"];
    for (let i = 0; i < 20_000; i++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 14) }, () => alphabet[Math.floor(next() * alphabet.length)]).join("");
      const expected = byRegex(text);
      expect(inlineMarkdown(text), JSON.stringify(text)).toBe(expected);
    }
  });

  for (const unit of ["<a", "![", "[", "[a]", "<http://", "**a ", "*a ", "~~a ", "_a "]) {
    it(`takes linear time on a long line of ${JSON.stringify(unit)}`, () => {
      expect(bestDoublingRatio(inlineMarkdown, (n) => repeated(unit, n), 50_000)).toBeLessThan(2.5);
    }, 60_000);
  }
});
