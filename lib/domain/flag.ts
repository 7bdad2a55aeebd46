import type { Severity } from "./severity";

/** MQM top-level categories used by the flagger. */
export const CATEGORIES = [
  "Terminology",
  "Accuracy",
  "Linguistic conventions",
  "Style",
  "Locale conventions",
  "Design and markup",
] as const;

export type Category = (typeof CATEGORIES)[number];

/** One finding. start/end are UTF-16 offsets into the paragraph text exactly as stored. */
export interface Flag {
  check: string;
  category: Category;
  severity: Severity;
  start: number;
  end: number;
  text: string;
  /**
   * A key of the check's `messages`, unique within that check only: (check, messageId) names a message, which
   * is what an interface translates and what configuration sets a severity for.
   */
  messageId: string;
  /** The values of the template's {placeholders}. */
  args: Record<string, string>;
  /** The template rendered with `args`, in European Portuguese: what the review page and `lapidar flag` show. */
  message: string;
  suggestions: string[];
}
