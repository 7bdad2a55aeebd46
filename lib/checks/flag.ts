import type { Check, Flag } from "@/lib/checks/types";

/** Builds a flag at the check's default severity; the engine applies configured overrides afterwards. */
export function makeFlag(
  check: Pick<Check, "id" | "category" | "defaultSeverity">,
  text: string,
  start: number,
  end: number,
  message: string,
  suggestions: string[] = [],
  severity = check.defaultSeverity,
): Flag {
  return { check: check.id, category: check.category, severity, start, end, text: text.slice(start, end), message, suggestions };
}
