import { beforeAll, describe, expect, it } from "vitest";
import { exampleContext } from "@/lib/checks/context";
import { spelling } from "@/lib/checks/spelling";
import { seededRandom } from "@/lib/seeded-random";
import { loadSpeller, type Speller } from "@/lib/text/speller";
import { bestDoublingRatio, repeated } from "../text/growth";

let speller: Speller;
beforeAll(async () => {
  speller = await loadSpeller("pt-PT");
});

const flagged = (text: string) => {
  const { context, paragraph } = exampleContext(text, "pt-PT", [], speller);
  return spelling.run(paragraph, context).map((f) => f.text);
};

/** The address pattern before its runs were bounded. */
const OLD_ADDRESS = /(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:com|net|org|cn|pt|br|io|ai|hk)(?![\p{L}])/gu;

describe("spelling skips addresses", () => {
  it("leaves e-mail addresses, sites and URLs alone", () => {
    expect(flagged("Escreva para redacao.xpto@exemplo.com ou veja desenbarque.pt e https://desenbarque.example/x.")).toEqual([]);
    expect(flagged("O desenbarque.")).toEqual(["desenbarque"]);
  });

  it("skips what the old pattern skipped, on random runs of address characters", () => {
    const next = seededRandom(3);
    const parts = ["a", "b1", ".", "-", "+", "@", ".com", ".pt", "www.", "http://", " ", "é", "_"];
    for (let i = 0; i < 20_000; i++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 10) }, () => parts[Math.floor(next() * parts.length)]).join("");
      const before = [...text.matchAll(OLD_ADDRESS)].map((m) => [m.index, m.index + m[0].length]);
      const { context, paragraph } = exampleContext(text);
      const now = [...text.matchAll(/(?:https?:\/\/|www\.)\S+|[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+|[\p{L}\d-]{1,63}(?:\.[\p{L}\d-]{1,63}){0,8}\.(?:com|net|org|cn|pt|br|io|ai|hk)(?![\p{L}])/gu)].map((m) => [m.index, m.index + m[0].length]);
      expect(now, JSON.stringify(text)).toEqual(before);
      expect(paragraph.text).toBe(text);
      expect(context.paragraphs.length).toBe(1);
    }
  });

  for (const [name, unit] of [["digits and dots", "1."], ["letters and dots", "a."], ["an e-mail's characters", "a+"]] as const) {
    it(`takes linear time on ${name} in a paragraph that mentions an address`, () => {
      expect(bestDoublingRatio(flagged, (n) => "veja x@y.com " + repeated(unit, n - 13), 50_000)).toBeLessThan(2.5);
    }, 60_000);
  }
});
