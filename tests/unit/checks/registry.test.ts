import { beforeAll, describe, expect, it } from "vitest";
import { CHECKS } from "@/lib/checks";
import { exampleContext } from "@/lib/checks/context";
import { placeholdersOf, renderMessage } from "@/lib/checks/flag";
import { type Check, type CheckExample, MQM_TYPES } from "@/lib/checks/types";
import { loadSpeller, type Speller } from "@/lib/text/speller";
import type { Flag, Locale } from "@/lib/domain";

const spellers = new Map<Locale, Speller>();
let english: Speller;

// The examples run with the dictionaries the flagger loads, English included.
beforeAll(async () => {
  for (const locale of ["pt-PT", "pt-BR"] as Locale[]) spellers.set(locale, await loadSpeller(locale));
  english = await loadSpeller("en");
});

function run(check: Check, example: CheckExample, text = example.text): Flag[] {
  const locale = example.locale ?? "pt-PT";
  const { context, paragraph } = exampleContext(text, locale, example.article, spellers.get(locale) ?? null, example.glossary, english, example.source);
  return check.run(paragraph, context);
}

const MESSAGE_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

describe("check registry", () => {
  it("lists unique ids in sorted order", () => {
    const ids = CHECKS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort());
  });

  for (const check of CHECKS) {
    describe(check.id, () => {
      it("declares an MQM type of its category, its messages and options that default", () => {
        const [dimension, type] = check.mqm.split(" / ");
        expect(dimension).toBe(check.category);
        if (type !== undefined) expect(MQM_TYPES[check.category] as readonly string[]).toContain(type);
        const ids = Object.keys(check.messages);
        expect(ids.length).toBeGreaterThan(0);
        for (const id of ids) expect(id).toMatch(MESSAGE_ID);
        expect(check.options.safeParse({}).success).toBe(true);
      });

      it("has examples both ways", () => {
        expect(check.examples.bad.length).toBeGreaterThan(0);
        expect(check.examples.good.length).toBeGreaterThan(0);
      });

      it("gives every message it declares on some bad example", () => {
        const given = new Set(check.examples.bad.flatMap((example) => run(check, example).map((f) => f.messageId)));
        expect([...given].sort()).toEqual(Object.keys(check.messages).sort());
      });

      for (const example of check.examples.bad) {
        it(`fires on ${JSON.stringify(example.text)}`, () => {
          const flags = run(check, example);
          expect(flags.length).toBeGreaterThan(0);
          for (const flag of flags) {
            const label = `${flag.messageId} on "${flag.text}"`;
            expect(flag.check).toBe(check.id);
            expect(flag.category).toBe(check.category);
            expect(example.text.slice(flag.start, flag.end)).toBe(flag.text);
            expect(flag.end).toBeGreaterThan(flag.start);

            expect(Object.keys(check.messages), label).toContain(flag.messageId);
            const template = check.messages[flag.messageId];
            expect(Object.keys(flag.args).sort(), label).toEqual(placeholdersOf(template).sort());
            expect(flag.message, label).toBe(renderMessage(template, flag.args));

            if (check.suggests === "never") expect(flag.suggestions, label).toEqual([]);
            if (check.suggests === "always") expect(flag.suggestions.length, label).toBeGreaterThan(0);
            for (const suggestion of flag.suggestions) {
              const fixed = example.text.slice(0, flag.start) + suggestion + example.text.slice(flag.end);
              const end = flag.start + suggestion.length;
              const left = run(check, example, fixed).filter((f) => f.start < end && f.end > flag.start);
              expect(left, `${label}, after applying "${suggestion}"`).toEqual([]);
            }
          }
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
