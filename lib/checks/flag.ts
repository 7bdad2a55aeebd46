import type { Check } from "@/lib/checks/types";
import type { Flag } from "@/lib/domain";

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** The names of a template's {placeholders}, each once. */
export function placeholdersOf(template: string): string[] {
  return [...new Set(Array.from(template.matchAll(PLACEHOLDER), (m) => m[1]))];
}

/** Fills a template in one pass, so that braces inside a value (flagged text is arbitrary) are left as they are. */
export function renderMessage(template: string, args: Record<string, string>): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    if (!Object.hasOwn(args, name)) throw new Error(`Message ${JSON.stringify(template)} needs a value for {${name}}`);
    return args[name];
  });
}

/**
 * Builds a flag at the check's default severity, its message rendered from the check's template; the engine
 * applies configured overrides afterwards. An undeclared message id is a bug in the check, so it throws.
 */
export function makeFlag(
  check: Pick<Check, "id" | "category" | "defaultSeverity" | "messages">,
  text: string,
  start: number,
  end: number,
  messageId: string,
  args: Record<string, string> = {},
  suggestions: string[] = [],
  severity = check.defaultSeverity,
): Flag {
  if (!Object.hasOwn(check.messages, messageId)) throw new Error(`Check ${check.id} declares no message "${messageId}"`);
  const message = renderMessage(check.messages[messageId], args);
  return { check: check.id, category: check.category, severity, start, end, text: text.slice(start, end), messageId, args, message, suggestions };
}
