import { expect, it } from "vitest";
import { exampleContext } from "@/lib/checks/context";
import type { Check } from "@/lib/checks/types";
import type { Flag, Locale } from "@/lib/domain";
import type { Speller } from "@/lib/text/speller";

export function flagsOf(check: Check, text: string, locale: Locale = "pt-PT", speller: Speller | null = null): Flag[] {
  const { context, paragraph } = exampleContext(text, locale, [], speller);
  return check.run(paragraph, context);
}

/** Each invalid row names the exact span flagged and, when given, the first suggestion. */
export interface Invalid {
  text: string;
  span: string;
  suggestion?: string;
  locale?: Locale;
}

export interface Valid {
  text: string;
  locale?: Locale;
}

export function checkTable(check: Check, invalid: Invalid[], valid: Valid[], speller: () => Speller | null = () => null) {
  for (const row of invalid) {
    it(`flags «${row.span}» in ${JSON.stringify(row.text)}`, () => {
      const flags = flagsOf(check, row.text, row.locale, speller());
      const flag = flags.find((f) => f.text === row.span);
      expect(flag, JSON.stringify(flags.map((f) => f.text))).toBeDefined();
      expect(row.text.slice(flag!.start, flag!.end)).toBe(row.span);
      if (row.suggestion !== undefined) expect(flag!.suggestions[0]).toBe(row.suggestion);
    });
  }
  for (const row of valid) {
    it(`stays silent on ${JSON.stringify(row.text)}`, () => {
      expect(flagsOf(check, row.text, row.locale, speller()).map((f) => f.text)).toEqual([]);
    });
  }
}
