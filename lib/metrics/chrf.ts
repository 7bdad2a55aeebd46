/**
 * chrF / chrF++ as sacrebleu computes it: character n-gram (and, for chrF++, word n-gram) precision
 * and recall combined into an F-beta score, on a 0..100 scale. Characters are code points.
 */

export interface ChrfOptions {
  beta?: number;
  charOrder?: number;
  /** 2 gives chrF++. */
  wordOrder?: number;
  /**
   * sacrebleu ≥ 2: average the per-order F-scores, counting an order with no n-grams as ~0.
   * false: the older "effective order" averaging of precision and recall over the orders present.
   */
  epsSmoothing?: boolean;
  /** Count whitespace as characters (sacrebleu's `whitespace=True`). */
  keepWhitespace?: boolean;
}

/** Per order: hypothesis n-grams, reference n-grams, matched n-grams. */
export type ChrfStats = [hyp: number, ref: number, match: number][];

const EPS = 1e-16;
/** sacrebleu's `string.punctuation`: the ASCII marks split off the edges of words for chrF++. */
const ASCII_PUNCTUATION = new Set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~");

export function chrf(hyp: string, ref: string, options: ChrfOptions = {}): number {
  return chrfFromStats(chrfStats(hyp, ref, options), options);
}

/**
 * Corpus chrF: statistics summed over all pairs before scoring, as sacrebleu's corpus score, which
 * also leaves out pairs whose reference is empty.
 */
export function corpusChrf(pairs: readonly { hyp: string; ref: string }[], options: ChrfOptions = {}): number {
  const total = chrfStats("", "", options).map(() => [0, 0, 0] as [number, number, number]);
  for (const { hyp, ref } of pairs) {
    if (ref === "") continue;
    chrfStats(hyp, ref, options).forEach(([h, r, m], i) => {
      total[i][0] += h;
      total[i][1] += r;
      total[i][2] += m;
    });
  }
  return chrfFromStats(total, options);
}

export function chrfStats(hyp: string, ref: string, options: ChrfOptions = {}): ChrfStats {
  const charOrder = options.charOrder ?? 6;
  const wordOrder = options.wordOrder ?? 0;
  const chars = (text: string) => Array.from(options.keepWhitespace ? text : text.replace(/\s+/g, ""));
  const stats: ChrfStats = [];
  const hypChars = chars(hyp);
  const refChars = chars(ref);
  for (let n = 1; n <= charOrder; n++) stats.push(compare(ngrams(hypChars, n, ""), ngrams(refChars, n, "")));
  const hypWords = wordsSplittingEdgePunctuation(hyp);
  const refWords = wordsSplittingEdgePunctuation(ref);
  for (let n = 1; n <= wordOrder; n++) stats.push(compare(ngrams(hypWords, n, " "), ngrams(refWords, n, " ")));
  return stats;
}

export function chrfFromStats(stats: ChrfStats, options: ChrfOptions = {}): number {
  const factor = (options.beta ?? 2) ** 2;
  const f = (precision: number, recall: number) => {
    const denominator = factor * precision + recall;
    return denominator > 0 ? ((1 + factor) * precision * recall) / denominator : EPS;
  };
  if (options.epsSmoothing ?? true) {
    let sum = 0;
    for (const [h, r, m] of stats) sum += f(h > 0 ? m / h : EPS, r > 0 ? m / r : EPS);
    return (100 * sum) / stats.length;
  }
  const present = stats.filter(([h, r]) => h > 0 && r > 0);
  if (present.length === 0) return 0;
  const precision = present.reduce((sum, [h, , m]) => sum + m / h, 0) / present.length;
  const recall = present.reduce((sum, [, r, m]) => sum + m / r, 0) / present.length;
  return precision + recall > 0 ? 100 * f(precision, recall) : 0;
}

function ngrams(tokens: readonly string[], n: number, joiner: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = tokens.slice(i, i + n).join(joiner);
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

function compare(hyp: Map<string, number>, ref: Map<string, number>): [number, number, number] {
  let hypTotal = 0;
  let match = 0;
  for (const [gram, count] of hyp) {
    hypTotal += count;
    match += Math.min(count, ref.get(gram) ?? 0);
  }
  let refTotal = 0;
  for (const count of ref.values()) refTotal += count;
  return [hypTotal, refTotal, match];
}

/** sacrebleu's chrF++ word split: one ASCII punctuation mark comes off the end of a word, else off its start. */
function wordsSplittingEdgePunctuation(text: string): string[] {
  const words: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const units = Array.from(word);
    if (units.length === 1) words.push(word);
    else if (ASCII_PUNCTUATION.has(units[units.length - 1])) words.push(units.slice(0, -1).join(""), units[units.length - 1]);
    else if (ASCII_PUNCTUATION.has(units[0])) words.push(units[0], units.slice(1).join(""));
    else words.push(word);
  }
  return words;
}
