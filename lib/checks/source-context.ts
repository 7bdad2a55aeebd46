import { contentLength } from "@/lib/align/length";
import type { Link } from "@/lib/align/links";
import { toSimplified } from "@/lib/align/script";

/** The Chinese original as an article brings it to the flagger: its paragraphs and their alignment. */
export interface SourceInput {
  paragraphs: readonly string[];
  links: readonly Link[];
}

/** The source side of one link, as the checks of every target paragraph in that link see it. */
export interface SourceSegment {
  /** The link's source paragraphs joined by a line break, as stored. */
  text: string;
  /** The same text in simplified characters, offsets unchanged. */
  simplified: string;
  /** Target paragraphs of the link, in order: checks of the whole link report on the first. */
  targets: number[];
}

export interface AlignedSource {
  /** Per target paragraph, its link's source side; null where the link has no source (an addition, site text). */
  byTarget: (SourceSegment | null)[];
  /** Source paragraphs no target paragraph renders, keyed by the target paragraph they follow (-1: before all). */
  untranslated: { after: number; text: string }[];
  /** The article's ratio of target to source length: the median over its links, steadied by a prior. */
  ratio: number;
}

/** Letters of Portuguese per hanzi in news translation, measured on our own pairs; the prior for short articles. */
const PRIOR_RATIO = 3;
/** How many links the prior weighs as: an article of a few links mostly trusts it, a long one its own median. */
const PRIOR_WEIGHT = 3;

function articleRatio(values: number[]): number {
  if (values.length === 0) return PRIOR_RATIO;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return (median * values.length + PRIOR_RATIO * PRIOR_WEIGHT) / (values.length + PRIOR_WEIGHT);
}

export function alignSource(input: SourceInput, targets: readonly string[]): AlignedSource {
  const byTarget: (SourceSegment | null)[] = targets.map(() => null);
  const untranslated: AlignedSource["untranslated"] = [];
  const ratios: number[] = [];
  let lastTarget = -1;
  for (const link of input.links) {
    const text = link.source.map((s) => input.paragraphs[s] ?? "").join("\n");
    const inRange = link.target.filter((t) => t < targets.length);
    if (link.source.length > 0 && inRange.length === 0) untranslated.push({ after: lastTarget, text });
    if (link.source.length > 0 && inRange.length > 0) {
      const segment: SourceSegment = { text, simplified: toSimplified(text), targets: inRange };
      for (const t of inRange) byTarget[t] = segment;
      const sourceLength = contentLength(text);
      const targetLength = inRange.reduce((sum, t) => sum + contentLength(targets[t]), 0);
      if (sourceLength >= 10 && targetLength > 0) ratios.push(targetLength / sourceLength);
    }
    if (inRange.length > 0) lastTarget = inRange[inRange.length - 1];
  }
  return { byTarget, untranslated, ratio: articleRatio(ratios) };
}
