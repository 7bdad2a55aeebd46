import { tokenDistance } from "./edit-distance";

export interface WerOptions {
  /** sacrebleu's WER lowercases by default. */
  caseSensitive?: boolean;
}

/** Whitespace tokens, as sacrebleu's WER and TER see them (no punctuation splitting). */
export function whitespaceTokens(text: string, caseSensitive: boolean): string[] {
  const source = caseSensitive ? text : text.toLowerCase();
  return source.split(/\s+/).filter(Boolean);
}

/** Word edit distance over reference words; an empty reference scores 0 against an empty hypothesis and 1 otherwise. */
export function wordErrorRate(hyp: string, ref: string, options: WerOptions = {}): number {
  const caseSensitive = options.caseSensitive ?? false;
  const h = whitespaceTokens(hyp, caseSensitive);
  const r = whitespaceTokens(ref, caseSensitive);
  if (r.length === 0) return h.length === 0 ? 0 : 1;
  return tokenDistance(h, r) / r.length;
}
