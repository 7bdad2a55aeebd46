import { wordDiff, type DiffPart } from "./word-diff";

/** A stretch of the before text that the after text replaced, e.g. "HKUST Xunfei" → "iFlytek". */
export interface ReplacedPhrase {
  from: string;
  to: string;
  beforeStart: number;
  beforeEnd: number;
  afterStart: number;
  afterEnd: number;
}

/** Whitespace and punctuation both sides share at an edge are context, not part of the replacement. */
const EDGE = /[\s\p{P}\p{S}]/u;

/** Replacement pairs (a deletion next to an insertion) between two versions of a paragraph. */
export function replacedPhrases(before: string, after: string): ReplacedPhrase[] {
  const parts = wordDiff(before, after);
  const phrases: ReplacedPhrase[] = [];
  parts.forEach((deleted, i) => {
    const inserted = parts[i + 1];
    if (deleted.op !== "delete" || inserted?.op !== "insert") return;
    const phrase = trimSharedEdges(deleted, inserted);
    if (phrase) phrases.push(phrase);
  });
  return phrases;
}

function trimSharedEdges(deleted: DiffPart, inserted: DiffPart): ReplacedPhrase | null {
  let from = deleted.text;
  let to = inserted.text;
  let lead = 0;
  while (lead < from.length && lead < to.length && from[lead] === to[lead] && EDGE.test(from[lead])) lead++;
  from = from.slice(lead);
  to = to.slice(lead);
  let tail = 0;
  while (
    tail < from.length &&
    tail < to.length &&
    from[from.length - 1 - tail] === to[to.length - 1 - tail] &&
    EDGE.test(from[from.length - 1 - tail])
  ) {
    tail++;
  }
  from = from.slice(0, from.length - tail);
  to = to.slice(0, to.length - tail);
  if (!from.trim() || !to.trim()) return null;
  return {
    from,
    to,
    beforeStart: deleted.beforeStart + lead,
    beforeEnd: deleted.beforeStart + lead + from.length,
    afterStart: inserted.afterStart + lead,
    afterEnd: inserted.afterStart + lead + to.length,
  };
}
