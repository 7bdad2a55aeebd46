import { describe, expect, it } from "vitest";
import { exampleContext } from "@/lib/checks/context";
import { typoSpacing } from "@/lib/checks/typo-spacing";
import { seededRandom } from "@/lib/seeded-random";
import { bestDoublingRatio, repeated } from "../text/growth";

const spans = (text: string) => {
  const { context, paragraph } = exampleContext(text);
  return typoSpacing.run(paragraph, context).filter((f) => f.messageId === "space-before").map((f) => [f.start, f.end, f.suggestions[0]]);
};

/** What the check found with one global regex, before it looked only where a spaced mark is. */
function byGlobalRegex(text: string) {
  const pattern = /([\p{L}\p{M}\d%)"»”]+)([ \t\u00A0]+)([,.;:!?])(?=\s|$|["»”)])((?:[ \t]+)([\p{L}\p{M}\d]+))?/gu;
  return [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length, `${m[1]}${m[3]}${m[4] ?? ""}`]);
}

describe("typo-spacing", () => {
  it("flags a space before a mark, with the word after it", () => {
    expect(spans("Não promoveu a tecnologia , mas sim.")).toEqual([[15, 31, "tecnologia, mas"]]);
    expect(spans("Subiu 5% ; caiu (muito) .")).toEqual([[6, 15, "5%; caiu"], [17, 25, "muito)."]]);
  });

  it("finds what one global regex found, on random lines of letters, spaces and marks", () => {
    const next = seededRandom(7);
    const alphabet = ["a", "é", "5", "%", ")", "”", "»", " ", " ", "\u00a0", "\t", ",", ".", ";", "!", "?", ":", "-", "😀"];
    for (let i = 0; i < 20_000; i++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 16) }, () => alphabet[Math.floor(next() * alphabet.length)]).join("");
      expect(spans(text), JSON.stringify(text)).toEqual(byGlobalRegex(text));
    }
  });

  for (const [name, unit] of [["a long word before a spaced mark", "a"], ["words and spaces", "ab "], ["spaced marks", " ,a"]] as const) {
    it(`takes linear time on ${name}`, () => {
      const input = (n: number) => repeated(unit, n - 3) + " x.";
      expect(bestDoublingRatio(spans, input, 50_000)).toBeLessThan(2.5);
    }, 60_000);
  }
});
