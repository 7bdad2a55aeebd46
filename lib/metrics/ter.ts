import { whitespaceTokens } from "./whitespace-tokens";

/**
 * Translation Edit Rate after tercom, with sacrebleu's limits and tie-breaking so the figures agree
 * with `sacrebleu.metrics.TER()`: the fewest word insertions, deletions, substitutions and block
 * shifts that turn the hypothesis into the reference, over the reference length. With the
 * machine text as hypothesis and the post-edited text as reference this is HTER.
 */

const MAX_SHIFT_SIZE = 10;
const MAX_SHIFT_DIST = 50;
const BEAM_WIDTH = 25;
const MAX_SHIFT_CANDIDATES = 1000;
/**
 * Beam cells the shift search may compute for one pair, a few hundred milliseconds: repetitive text of a few
 * thousand words otherwise takes minutes. Past it the score is that of the shifts found so far, an upper bound.
 */
export const MAX_TER_CELLS = 5_000_000;

export interface TerResult {
  /** edits / refWords (0 when both are empty, 1 when only the reference is). */
  score: number;
  edits: number;
  refWords: number;
  shifts: number;
  /** The shift search stopped at MAX_TER_CELLS: the score is an upper bound. */
  limited: boolean;
}

export interface TerOptions {
  /** sacrebleu's default tokenizer lowercases (tercom `case_sensitive=False`); no normalisation, no punctuation removal. */
  caseSensitive?: boolean;
}

export function ter(hyp: string, ref: string, options: TerOptions = {}): TerResult {
  const caseSensitive = options.caseSensitive ?? false;
  const refTokens = whitespaceTokens(ref, caseSensitive);
  const { edits, shifts, limited } = terEdits(whitespaceTokens(hyp, caseSensitive), refTokens);
  const refWords = refTokens.length;
  return { score: refWords > 0 ? edits / refWords : edits > 0 ? 1 : 0, edits, refWords, shifts, limited };
}

/** Corpus TER: total edits over total reference words, as sacrebleu's corpus score. */
export function corpusTer(pairs: readonly { hyp: string; ref: string }[], options: TerOptions = {}): TerResult {
  const total = { edits: 0, refWords: 0, shifts: 0, limited: false };
  for (const { hyp, ref } of pairs) {
    const one = ter(hyp, ref, options);
    total.edits += one.edits;
    total.refWords += one.refWords;
    total.shifts += one.shifts;
    total.limited ||= one.limited;
  }
  const score = total.refWords > 0 ? total.edits / total.refWords : total.edits > 0 ? 1 : 0;
  return { score, ...total };
}

export function terEdits(hypWords: readonly string[], refWords: readonly string[]): { edits: number; shifts: number; limited: boolean } {
  if (refWords.length === 0) return { edits: hypWords.length, shifts: 0, limited: false };
  const budget: Budget = { checked: 0, cells: 0 };
  const editDistance = beamEditDistance(refWords, budget);
  let words = hypWords;
  let shifts = 0;
  for (;;) {
    const best = bestShift(words, refWords, editDistance, budget);
    if (budget.cells >= MAX_TER_CELLS || budget.checked >= MAX_SHIFT_CANDIDATES || best === null || best.gain <= 0) break;
    shifts++;
    words = best.words;
  }
  return { edits: shifts + editDistance(words).cost, shifts, limited: budget.cells >= MAX_TER_CELLS };
}

interface Budget {
  /** Shift candidates scored, as tercom counts them. */
  checked: number;
  /** Beam cells computed. */
  cells: number;
}

/** Edit operations of hypothesis → reference: "n" match, "s" substitute, "d" drop a hypothesis word, "i" insert a reference word. */
type Op = "n" | "s" | "d" | "i";
type EditDistance = (hyp: readonly string[]) => { cost: number; trace: Op[] };

/**
 * Levenshtein distance restricted to a beam around the (length-scaled) diagonal, as tercom does.
 * The order in which equal-cost operations win matters: it decides the alignment, and so which
 * shifts are tried. Each row keeps only its beam, so memory grows with the hypothesis, not with
 * hypothesis × reference. Rows are cached in a trie keyed by hypothesis prefix, because the shift
 * search scores many hypotheses that share a beginning.
 */
function beamEditDistance(ref: readonly string[], budget: Budget): EditDistance {
  const m = ref.length;
  const root: RowNode = { next: new Map(), from: 0, cost: Float64Array.from({ length: m + 1 }, (_, j) => j), ops: new Array(m + 1).fill("i") };
  let cachedRows = 0;
  return (hyp) => {
    const n = hyp.length;
    const ratio = n > 0 ? m / n : 1;
    const beam = BEAM_WIDTH < ratio / 2 ? Math.ceil(ratio / 2 + BEAM_WIDTH) : BEAM_WIDTH;
    const rows: RowNode[] = [root];
    for (let i = 1; i <= n; i++) {
      const parent = rows[i - 1];
      const cached = parent.next.get(hyp[i - 1]);
      // Shifts keep the hypothesis length, so a cached row has the same band as a fresh one.
      if (cached) {
        rows.push(cached);
        continue;
      }
      const row = nextRow(parent, hyp[i - 1], ref, Math.floor(i * ratio), beam, i === n);
      budget.cells += row.cost.length;
      if (cachedRows < MAX_CACHED_ROWS) {
        parent.next.set(hyp[i - 1], row);
        cachedRows++;
      }
      rows.push(row);
    }
    const trace: Op[] = [];
    let i = n;
    let j = m;
    while (i > 0 || j > 0) {
      const step = opAt(rows[i], j);
      trace.push(step);
      if (step === "n" || step === "s") {
        i--;
        j--;
      } else if (step === "i") j--;
      else i--;
    }
    return { cost: costAt(rows[n], m), trace: trace.reverse() };
  };
}

const MAX_CACHED_ROWS = 10_000;

interface RowNode {
  next: Map<string, RowNode>;
  /** The reference position of cost[0]: cells outside [from, from + cost.length) are out of the beam. */
  from: number;
  cost: Float64Array;
  ops: Op[];
}

function costAt(row: RowNode, j: number): number {
  const k = j - row.from;
  return k >= 0 && k < row.cost.length ? row.cost[k] : Infinity;
}

function opAt(row: RowNode, j: number): Op {
  const k = j - row.from;
  return k >= 0 && k < row.ops.length ? row.ops[k] : "d";
}

function nextRow(
  previous: RowNode,
  word: string,
  ref: readonly string[],
  diagonal: number,
  beam: number,
  last: boolean,
): RowNode {
  const m = ref.length;
  const from = Math.max(0, diagonal - beam);
  const to = last ? m + 1 : Math.min(m + 1, diagonal + beam);
  const width = Math.max(0, to - from);
  const cost = new Float64Array(width).fill(Infinity);
  const ops: Op[] = new Array(width).fill("d");
  for (let j = from; j < to; j++) {
    const k = j - from;
    if (j === 0) {
      cost[0] = costAt(previous, 0) + 1;
      continue;
    }
    const same = word === ref[j - 1];
    // First the diagonal, then a dropped hypothesis word, then an inserted reference word; a later one wins only if strictly cheaper.
    cost[k] = costAt(previous, j - 1) + (same ? 0 : 1);
    ops[k] = same ? "n" : "s";
    const drop = costAt(previous, j) + 1;
    if (drop < cost[k]) {
      cost[k] = drop;
      ops[k] = "d";
    }
    const insert = (k > 0 ? cost[k - 1] : Infinity) + 1;
    if (insert < cost[k]) {
      cost[k] = insert;
      ops[k] = "i";
    }
  }
  return { next: new Map(), from, cost, ops };
}

interface Alignment {
  /** For each reference position, the hypothesis position it lines up with (-1 before the start). */
  refToHyp: number[];
  hypWrong: boolean[];
  refWrong: boolean[];
}

function alignmentOf(trace: readonly Op[]): Alignment {
  const refToHyp: number[] = [];
  const hypWrong: boolean[] = [];
  const refWrong: boolean[] = [];
  let h = -1;
  for (const step of trace) {
    if (step === "n" || step === "s") {
      h++;
      refToHyp.push(h);
      hypWrong.push(step === "s");
      refWrong.push(step === "s");
    } else if (step === "d") {
      h++;
      hypWrong.push(true);
    } else {
      refToHyp.push(h);
      refWrong.push(true);
    }
  }
  return { refToHyp, hypWrong, refWrong };
}

interface Shift {
  gain: number;
  length: number;
  start: number;
  target: number;
  words: readonly string[];
}

/** Tercom's ranking: biggest gain, then longest block, then earliest block, then earliest target. */
function better(a: Shift, b: Shift | null): boolean {
  if (b === null) return true;
  if (a.gain !== b.gain) return a.gain > b.gain;
  if (a.length !== b.length) return a.length > b.length;
  if (a.start !== b.start) return a.start < b.start;
  return a.target < b.target;
}

function bestShift(
  hyp: readonly string[],
  ref: readonly string[],
  editDistance: EditDistance,
  budget: Budget,
): Shift | null {
  const before = editDistance(hyp);
  const { refToHyp, hypWrong, refWrong } = alignmentOf(before.trace);
  let best: Shift | null = null;
  for (const [start, refStart, length] of matchingBlocks(hyp, ref)) {
    if (!hypWrong.slice(start, start + length).some(Boolean)) continue;
    if (!refWrong.slice(refStart, refStart + length).some(Boolean)) continue;
    const aligned = refToHyp[refStart];
    if (start <= aligned && aligned < start + length) continue;
    let previousTarget = -1;
    for (let offset = -1; offset < length; offset++) {
      const target = refStart + offset === -1 ? 0 : refToHyp[refStart + offset] + 1;
      if (target === previousTarget) continue;
      previousTarget = target;
      const words = moveBlock(hyp, start, length, target);
      const candidate: Shift = { gain: before.cost - editDistance(words).cost, length, start, target, words };
      budget.checked++;
      if (better(candidate, best)) best = candidate;
      if (budget.cells >= MAX_TER_CELLS) return best;
    }
    if (budget.checked >= MAX_SHIFT_CANDIDATES) break;
  }
  return best;
}

/** Every (hypothesis start, reference start, length) whose words agree, up to the shift limits. */
function* matchingBlocks(hyp: readonly string[], ref: readonly string[]): Generator<[number, number, number]> {
  for (let h = 0; h < hyp.length; h++) {
    for (let r = Math.max(0, h - MAX_SHIFT_DIST); r < Math.min(ref.length, h + MAX_SHIFT_DIST + 1); r++) {
      let length = 0;
      while (hyp[h + length] === ref[r + length] && length < MAX_SHIFT_SIZE) {
        length++;
        yield [h, r, length];
        if (h + length === hyp.length || r + length === ref.length) break;
      }
    }
  }
}

/** Moves words[start, start+length) so that it begins before index `target` of the original list. */
function moveBlock(words: readonly string[], start: number, length: number, target: number): string[] {
  const block = words.slice(start, start + length);
  if (target < start) {
    return [...words.slice(0, target), ...block, ...words.slice(target, start), ...words.slice(start + length)];
  }
  if (target > start + length) {
    return [...words.slice(0, start), ...words.slice(start + length, target), ...block, ...words.slice(target)];
  }
  return [
    ...words.slice(0, start),
    ...words.slice(start + length, length + target),
    ...block,
    ...words.slice(length + target),
  ];
}
