import type { z } from "zod";
import type { Refusal } from "@/lib/domain/refusal";
import type { UiLocale } from "./config";
import { catalogueTranslator } from "./catalogue-translator";

/**
 * Refusals and validation messages worded from the `refusals` catalogue: on the server in the language of the
 * request (request-locale.ts), so that a toast is in the language of the page it appears on; in English for
 * backups and the command line.
 */

const translator = (locale: UiLocale) => catalogueTranslator(locale, "refusals");

/** Whether a schema's message is a catalogue key rather than text already worded. */
export function isRefusalKey(message: string): boolean {
  return translator("en").has(message);
}

export function refusalText(locale: UiLocale, refusal: Refusal): string {
  return translator(locale)(refusal.key, refusal.values);
}

/**
 * A schema's custom messages are keys of the `refusals` catalogue; zod's own issues (a string too long, a
 * field missing) are worded by their code, with the limit they name.
 */
export function issuesText(locale: UiLocale, issues: readonly z.core.$ZodIssue[]): string {
  const t = translator(locale);
  const worded = issues.map((issue) => {
    const values = { ...("params" in issue ? (issue.params as Record<string, string | number>) : {}), ...limitOf(issue) };
    if (t.has(issue.message)) return t(issue.message, values);
    if (issue.code === "too_big") return t(issue.origin === "array" ? "tooMany" : "tooLong", values);
    if (issue.code === "too_small") return t(issue.origin === "array" ? "tooFew" : "tooShort", values);
    // Worded where the rule is written (a refine with a sentence): kept.
    if (issue.code === "custom") return issue.message;
    return t("invalid");
  });
  return [...new Set(worded)].join(" ");
}

function limitOf(issue: z.core.$ZodIssue): Record<string, number> {
  if (issue.code === "too_big") return { max: Number(issue.maximum) };
  if (issue.code === "too_small") return { min: Number(issue.minimum) };
  return {};
}
