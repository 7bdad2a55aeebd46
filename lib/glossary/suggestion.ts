import type { GlossaryType } from "./types";

/** Where a mined suggestion was seen: enough for a reviewer to judge it without opening the article. */
export interface SuggestionEvidence {
  /** How many times the replacement (or the minority spellings) occurred. */
  count: number;
  /** Per form: how often it occurred ("Light Years Away": 2, "Light Years Beyond": 1). */
  forms: Record<string, number>;
  paragraphs: { articleId: number; position: number; excerpt: string }[];
}

export interface MinedSuggestion {
  key: string;
  preferred: string;
  variants: string[];
  type: GlossaryType;
  origin: "corrections" | "spellings";
  evidence: SuggestionEvidence;
}

/** Shown evidence is capped: a long list of paragraphs does not help a decision more than a few do. */
export const MAX_EVIDENCE_PARAGRAPHS = 8;

const EXCERPT_CHARS = 50;

/** The words around [start, end), for evidence. */
export function excerpt(text: string, start: number, end: number): string {
  const from = Math.max(0, start - EXCERPT_CHARS);
  const to = Math.min(text.length, end + EXCERPT_CHARS);
  return `${from > 0 ? "…" : ""}${text.slice(from, to).trim()}${to < text.length ? "…" : ""}`;
}
