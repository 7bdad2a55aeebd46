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
      const occurrences: number[] = [];
      for (let at = row.text.indexOf(row.span); at !== -1; at = row.text.indexOf(row.span, at + 1)) occurrences.push(at);
      expect(occurrences.length, `«${row.span}» occurs in the row's text`).toBeGreaterThan(0);
      const all = JSON.stringify(flags.map((f) => [f.start, f.end, f.text]));
      const flag = flags.find((f) => occurrences.includes(f.start) && f.end === f.start + row.span.length);
      expect(flag, all).toBeDefined();
      // Flagged once: no second flag of this check on the span or on part of it.
      expect(flags.filter((f) => f.start >= flag!.start && f.end <= flag!.end), all).toEqual([flag]);
      if (row.suggestion !== undefined) expect(flag!.suggestions[0]).toBe(row.suggestion);
    });
  }
  for (const row of valid) {
    it(`stays silent on ${JSON.stringify(row.text)}`, () => {
      expect(flagsOf(check, row.text, row.locale, speller()).map((f) => f.text)).toEqual([]);
    });
  }
}
