import { whitespaceTokens } from "./word-error-rate";

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

export interface TerResult {
  /** edits / refWords (0 when both are empty, 1 when only the reference is). */
  score: number;
  edits: number;
  refWords: number;
  shifts: number;
}

export interface TerOptions {
  /** sacrebleu's default tokenizer lowercases (tercom `case_sensitive=False`); no normalisation, no punctuation removal. */
  caseSensitive?: boolean;
}

export function ter(hyp: string, ref: string, options: TerOptions = {}): TerResult {
  const caseSensitive = options.caseSensitive ?? false;
  const refTokens = whitespaceTokens(ref, caseSensitive);
  const { edits, shifts } = terEdits(whitespaceTokens(hyp, caseSensitive), refTokens);
  const refWords = refTokens.length;
  return { score: refWords > 0 ? edits / refWords : edits > 0 ? 1 : 0, edits, refWords, shifts };
}

/** Corpus TER: total edits over total reference words, as sacrebleu's corpus score. */
export function corpusTer(pairs: readonly { hyp: string; ref: string }[], options: TerOptions = {}): TerResult {
  const total = { edits: 0, refWords: 0, shifts: 0 };
  for (const { hyp, ref } of pairs) {
    const one = ter(hyp, ref, options);
    total.edits += one.edits;
    total.refWords += one.refWords;
    total.shifts += one.shifts;
  }
  const score = total.refWords > 0 ? total.edits / total.refWords : total.edits > 0 ? 1 : 0;
  return { score, ...total };
}

export function terEdits(hypWords: readonly string[], refWords: readonly string[]): { edits: number; shifts: number } {
  if (refWords.length === 0) return { edits: hypWords.length, shifts: 0 };
  const editDistance = beamEditDistance(refWords);
  let words = hypWords;
  let shifts = 0;
  const budget = { checked: 0 };
  for (;;) {
    const best = bestShift(words, refWords, editDistance, budget);
    if (budget.checked >= MAX_SHIFT_CANDIDATES || best === null || best.gain <= 0) break;
    shifts++;
    words = best.words;
  }
  return { edits: shifts + editDistance(words).cost, shifts };
}

/** Edit operations of hypothesis → reference: "n" match, "s" substitute, "d" drop a hypothesis word, "i" insert a reference word. */
type Op = "n" | "s" | "d" | "i";
type EditDistance = (hyp: readonly string[]) => { cost: number; trace: Op[] };

/**
 * Levenshtein distance restricted to a beam around the (length-scaled) diagonal, as tercom does.
 * The order in which equal-cost operations win matters: it decides the alignment, and so which
 * shifts are tried. Rows are cached in a trie keyed by hypothesis prefix, because the shift search
 * scores many hypotheses that share a beginning.
 */
function beamEditDistance(ref: readonly string[]): EditDistance {
  const m = ref.length;
  const root: RowNode = { next: new Map(), cost: Float64Array.from({ length: m + 1 }, (_, j) => j), ops: new Array(m + 1).fill("i") };
  let cachedRows = 0;
  return (hyp) => {
    const n = hyp.length;
    const ratio = n > 0 ? m / n : 1;
    const beam = BEAM_WIDTH < ratio / 2 ? Math.ceil(ratio / 2 + BEAM_WIDTH) : BEAM_WIDTH;
    const rows: RowNode[] = [root];
    for (let i = 1; i <= n; i++) {
      const parent = rows[i - 1];
      const cached = parent.next.get(hyp[i - 1]);
      if (cached) {
        rows.push(cached);
        continue;
      }
      const row = nextRow(parent, hyp[i - 1], ref, i, Math.floor(i * ratio), beam, i === n);
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
      const step = rows[i].ops[j];
      trace.push(step);
      if (step === "n" || step === "s") {
        i--;
        j--;
      } else if (step === "i") j--;
      else i--;
    }
    return { cost: rows[n].cost[m], trace: trace.reverse() };
  };
}

const MAX_CACHED_ROWS = 10_000;

interface RowNode {
  next: Map<string, RowNode>;
  cost: Float64Array;
  ops: Op[];
}

function nextRow(
  previous: RowNode,
  word: string,
  ref: readonly string[],
  i: number,
  diagonal: number,
  beam: number,
  last: boolean,
): RowNode {
  const m = ref.length;
  const cost = new Float64Array(m + 1).fill(Infinity);
  const ops: Op[] = new Array(m + 1).fill("d");
  const from = Math.max(0, diagonal - beam);
  const to = last ? m + 1 : Math.min(m + 1, diagonal + beam);
  for (let j = from; j < to; j++) {
    if (j === 0) {
      cost[0] = previous.cost[0] + 1;
      continue;
    }
    const same = word === ref[j - 1];
    // First the diagonal, then a dropped hypothesis word, then an inserted reference word; a later one wins only if strictly cheaper.
    cost[j] = previous.cost[j - 1] + (same ? 0 : 1);
    ops[j] = same ? "n" : "s";
    if (previous.cost[j] + 1 < cost[j]) {
      cost[j] = previous.cost[j] + 1;
      ops[j] = "d";
    }
    if (cost[j - 1] + 1 < cost[j]) {
      cost[j] = cost[j - 1] + 1;
      ops[j] = "i";
    }
  }
  return { next: new Map(), cost, ops };
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
  budget: { checked: number },
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
    }
    if (budget.checked >= MAX_SHIFT_CANDIDATES) break;
  }
  return best;
}

/** Every (hypothesis start, reference start, length) whose words agree, up to the shift limits. */
function* matchingBlocks(hyp: readonly string[], ref: readonly string[]): Generator<[number, number, number]> {
  for (let h = 0; h < hyp.length; h++) {
    for (let r = 0; r < ref.length; r++) {
      if (Math.abs(r - h) > MAX_SHIFT_DIST) continue;
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
