import type { Check, Flag, Severity } from "./types";

type FlagSource = Pick<Check, "id" | "category" | "defaultSeverity">;

/** Builds a flag whose text is exactly text.slice(start, end), so offsets can never drift from the span. */
export function spanFlag(
  check: FlagSource,
  text: string,
  start: number,
  end: number,
  message: string,
  suggestions: string[] = [],
  severity: Severity = check.defaultSeverity,
): Flag {
  return {
    check: check.id,
    category: check.category,
    severity,
    start,
    end,
    text: text.slice(start, end),
    message,
    suggestions,
  };
}
