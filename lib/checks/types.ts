/** The shapes every check, the registry, the review page and the `flag` command share. */

export type Severity = "info" | "minor" | "major" | "critical";

export const SEVERITIES: readonly Severity[] = ["info", "minor", "major", "critical"];

/** MQM top-level categories used by the flagger. */
export type Category =
  | "Terminology"
  | "Accuracy"
  | "Linguistic conventions"
  | "Style"
  | "Locale conventions"
  | "Design and markup";

export type Locale = "pt-PT" | "pt-BR";

export type ParagraphKind = "body" | "heading" | "metadata" | "boilerplate";

/** One finding. start/end are UTF-16 offsets into the paragraph text exactly as stored. */
export interface Flag {
  check: string;
  category: Category;
  severity: Severity;
  start: number;
  end: number;
  text: string;
  message: string;
  suggestions: string[];
}

export interface CheckParagraph {
  index: number;
  kind: ParagraphKind;
  text: string;
}
