import { describe, expect, it } from "vitest";
import { exampleContext } from "@/lib/checks/context";
import { grammarConnective } from "@/lib/checks/grammar-connective";
import { seededRandom } from "@/lib/seeded-random";
import { bestDoublingRatio, repeated } from "../text/growth";

const paired = (text: string) => {
  const { context, paragraph } = exampleContext(text);
  return grammarConnective.run(paragraph, context).filter((f) => f.messageId === "paired").map((f) => [f.start, f.end]);
};

/** The one regex the check used before it scanned clause by clause. */
function byRegex(text: string) {
  const pattern = /(?<![\p{L}\p{M}])(?:(?:embora|apesar de|ainda que)[^.!?;,]*(, (?:mas|porém) )|(?:porque|visto que|já que)[^.!?;,]*(, (?:portanto|por isso|então) ))/giu;
  return [...text.matchAll(pattern)].map((m) => {
    const connective = m[1] ?? m[2];
    const start = m.index + m[0].length - connective.length;
    return [start, start + connective.length];
  });
}

describe("grammar-connective, paired clauses", () => {
  it("flags the second half of 虽然…但是 and 因为…所以", () => {
    expect(paired("Embora o mercado caia, mas a empresa cresce.")).toEqual([[21, 27]]);
    expect(paired("Porque choveu, portanto ficámos. Apesar de caro, vendeu, mas pouco.")).toEqual([[13, 24]]);
  });

  it("finds what the single regex found, on random clauses", () => {
    const next = seededRandom(5);
    const words = ["embora", "Embora", "porque", "já que", "apesar de", "x", "caro", ",", ".", ";", ", mas ", ", Mas ", ", porém ", ", portanto ", ", então ", " ", "ainda que", "sembora"];
    for (let i = 0; i < 20_000; i++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 10) }, () => words[Math.floor(next() * words.length)]).join(" ");
      expect(paired(text), JSON.stringify(text)).toEqual(byRegex(text));
    }
  });

  it("takes linear time on a clause of openers that never pairs", () => {
    expect(bestDoublingRatio(paired, (n) => ", mas a " + repeated("embora ", n - 8), 50_000)).toBeLessThan(2.5);
  }, 60_000);
});
