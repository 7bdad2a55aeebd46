import { beforeAll, describe, expect, it } from "vitest";
import { CHECKS } from "@/lib/checks";
import { exampleContext } from "@/lib/checks/context";
import type { Check, CheckExample, Flag, Locale, Speller } from "@/lib/checks/types";
import { loadSpeller } from "@/lib/text/speller";

const spellers = new Map<Locale, Speller>();

beforeAll(async () => {
  for (const locale of ["pt-PT", "pt-BR"] as Locale[]) spellers.set(locale, await loadSpeller(locale));
});

function run(check: Check, example: CheckExample, text = example.text): Flag[] {
  const locale = example.locale ?? "pt-PT";
  const { context, paragraph } = exampleContext(text, locale, example.article, spellers.get(locale) ?? null, example.glossary);
  return check.run(paragraph, context);
}

describe("check registry", () => {
  it("lists unique ids in sorted order", () => {
    const ids = CHECKS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort());
  });

  for (const check of CHECKS) {
    describe(check.id, () => {
      it("has examples both ways", () => {
        expect(check.examples.bad.length).toBeGreaterThan(0);
        expect(check.examples.good.length).toBeGreaterThan(0);
      });

      for (const example of check.examples.bad) {
        it(`fires on ${JSON.stringify(example.text)}`, () => {
          const flags = run(check, example);
          expect(flags.length).toBeGreaterThan(0);
          for (const flag of flags) {
            expect(flag.check).toBe(check.id);
            expect(flag.category).toBe(check.category);
            expect(example.text.slice(flag.start, flag.end)).toBe(flag.text);
            expect(flag.end).toBeGreaterThan(flag.start);
          }
          const [first] = flags;
          if (first.suggestions.length === 0) return;
          const fixed = example.text.slice(0, first.start) + first.suggestions[0] + example.text.slice(first.end);
          const end = first.start + first.suggestions[0].length;
          const left = run(check, example, fixed).filter((f) => f.start < end && f.end > first.start);
          expect(left, `after applying "${first.suggestions[0]}"`).toEqual([]);
        });
      }

      for (const example of check.examples.good) {
        it(`stays silent on ${JSON.stringify(example.text)}`, () => {
          expect(run(check, example)).toEqual([]);
        });
      }
    });
  }
});
