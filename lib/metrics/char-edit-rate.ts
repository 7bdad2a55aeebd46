import { codePoints, tokenDistance } from "./edit-distance";

export interface CharEdits {
  edits: number;
  refChars: number;
}

export function charEdits(hyp: string, ref: string): CharEdits {
  const h = codePoints(hyp);
  const r = codePoints(ref);
  return { edits: tokenDistance(h, r), refChars: r.length };
}

/**
 * Character-level Levenshtein distance over the reference length. With the machine text as `hyp`
 * and the reviewer's final text as `ref`, it is the share of characters the reviewer had to touch.
 */
export function charEditRate(hyp: string, ref: string): number {
  const { edits, refChars } = charEdits(hyp, ref);
  return edits / Math.max(1, refChars);
}
