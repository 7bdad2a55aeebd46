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
/** One word kept between a deletion and an insertion: the two sides swapped words around it. */
const ONE_WORD = /^\s*[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*\s*$/u;

/**
 * Replacement pairs between two versions of a paragraph: a deletion next to an insertion, or a deletion
 * and an insertion on either side of one kept word, which is how the diff shows words moved around it
 * ("modelo grande" → "grande modelo", "Li Yanhong" → "Robin Li").
 */
export function replacedPhrases(before: string, after: string): ReplacedPhrase[] {
  const parts = wordDiff(before, after);
  const phrases: ReplacedPhrase[] = [];
  for (let i = 0; i < parts.length; i++) {
    const [first, second, third] = [parts[i], parts[i + 1], parts[i + 2]];
    let group: DiffPart[] | null = null;
    if (first.op === "delete" && second?.op === "insert") group = [first, second];
    else if (isMoveAround(parts, i)) group = [first, second, third];
    if (!group) continue;
    const phrase = trimSharedEdges(before, after, span(group));
    if (phrase) phrases.push(phrase);
    i += group.length - 1;
  }
  return phrases;
}

function isMoveAround(parts: DiffPart[], i: number): boolean {
  const [first, second, third, fourth] = [parts[i], parts[i + 1], parts[i + 2], parts[i + 3]];
  if (first.op === "equal" || second?.op !== "equal" || !ONE_WORD.test(second.text)) return false;
  if (!third || third.op === "equal" || third.op === first.op) return false;
  // A deletion followed by its own insertion is a replacement of its own, not the end of a move.
  return !(third.op === "delete" && fourth?.op === "insert");
}

function span(group: DiffPart[]) {
  return {
    beforeStart: Math.min(...group.map((p) => p.beforeStart)),
    beforeEnd: Math.max(...group.map((p) => p.beforeEnd)),
    afterStart: Math.min(...group.map((p) => p.afterStart)),
    afterEnd: Math.max(...group.map((p) => p.afterEnd)),
  };
}

function trimSharedEdges(before: string, after: string, s: ReturnType<typeof span>): ReplacedPhrase | null {
  let from = before.slice(s.beforeStart, s.beforeEnd);
  let to = after.slice(s.afterStart, s.afterEnd);
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
    beforeStart: s.beforeStart + lead,
    beforeEnd: s.beforeStart + lead + from.length,
    afterStart: s.afterStart + lead,
    afterEnd: s.afterStart + lead + to.length,
  };
}
