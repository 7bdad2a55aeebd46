import { compareAnchors, mergeAnchors, sourceAnchors, targetAnchors, type Anchors } from "./anchors";
import { contentLength } from "./length";
import type { Link } from "./links";

/**
 * Paragraph alignment after Gale & Church (1993): a dynamic programme over beads of 0–3 paragraphs per side whose
 * cost is the improbability of the length ratio, plus anchors (figures, Latin names, ? and !) that the two sides
 * share or fail to share. The expected ratio is the document's own, so it suits Chinese → Portuguese (about three
 * Latin letters per hanzi) without a constant for the pair.
 */

export interface AlignOptions {
  /** Brazilian Portuguese reads "bilhão" as 10^9. */
  brazilian?: boolean;
}

/** −log prior of each bead shape: 1–1 is the rule, deletions and 2–2 the rare exceptions (Gale & Church's table). */
const BEADS: { s: number; t: number; prior: number }[] = [
  { s: 1, t: 1, prior: 0.89 },
  { s: 1, t: 0, prior: 0.005 },
  { s: 0, t: 1, prior: 0.005 },
  { s: 2, t: 1, prior: 0.045 },
  { s: 1, t: 2, prior: 0.045 },
  { s: 2, t: 2, prior: 0.011 },
  { s: 3, t: 1, prior: 0.003 },
  { s: 1, t: 3, prior: 0.003 },
];

/** Gale & Church's variance of target length per source character, scaled by the ratio below. */
const VARIANCE = 6.8;
/** Cost per anchor shared by a bead's sides, and per anchor only one side has. */
const SHARED_BONUS = 3;
const UNMATCHED_COST = 0.5;
/** A deleted or inserted paragraph costs as if its length were this unlikely. */
const LONE_COST = 6;
/**
 * Lengths far off the ratio are what omissions and additions look like, and those are what a reviewer needs to
 * see beside their source: past this cost, a worse ratio is no more evidence that the pair is wrong.
 */
const MAX_LENGTH_COST = 5;

function normalTail(z: number): number {
  // Abramowitz & Stegun 26.2.17; two-tailed probability of |Z| ≥ z.
  const t = 1 / (1 + 0.2316419 * z);
  const d = 0.3989423 * Math.exp((-z * z) / 2);
  const p = d * t * (0.3193815 + t * (-0.3565638 + t * (1.781478 + t * (-1.821256 + t * 1.330274))));
  return 2 * p;
}

function lengthCost(sourceLength: number, targetLength: number, ratio: number): number {
  if (sourceLength === 0 || targetLength === 0) return LONE_COST;
  const mean = (sourceLength + targetLength / ratio) / 2;
  const delta = (targetLength - sourceLength * ratio) / Math.sqrt(mean * VARIANCE * ratio);
  return Math.min(MAX_LENGTH_COST, -Math.log(Math.max(normalTail(Math.abs(delta)), 1e-12)));
}

export function alignParagraphs(sources: readonly string[], targets: readonly string[], options: AlignOptions = {}): Link[] {
  const m = sources.length;
  const n = targets.length;
  const sourceLengths = sources.map(contentLength);
  const targetLengths = targets.map(contentLength);
  const totalSource = sourceLengths.reduce((a, b) => a + b, 0);
  const totalTarget = targetLengths.reduce((a, b) => a + b, 0);
  const ratio = totalSource > 0 && totalTarget > 0 ? totalTarget / totalSource : 1;

  const sourceAnchorList = sources.map(sourceAnchors);
  const latinNames = new Set(sourceAnchorList.flatMap((a) => [...a.keys()].filter((k) => k.startsWith("@"))));
  const targetAnchorList = targets.map((t) => targetAnchors(t, options.brazilian ?? false, latinNames));

  const sum = (list: number[], from: number, count: number) => list.slice(from, from + count).reduce((a, b) => a + b, 0);
  const anchorsOf = (list: Anchors[], from: number, count: number) => mergeAnchors(list.slice(from, from + count));

  const cost = Array.from({ length: m + 1 }, () => new Float64Array(n + 1).fill(Infinity));
  const back = Array.from({ length: m + 1 }, () => new Int8Array(n + 1).fill(-1));
  cost[0][0] = 0;
  for (let i = 0; i <= m; i++) {
    for (let j = 0; j <= n; j++) {
      if (i === 0 && j === 0) continue;
      BEADS.forEach((bead, b) => {
        if (bead.s > i || bead.t > j) return;
        const before = cost[i - bead.s][j - bead.t];
        if (!Number.isFinite(before)) return;
        const from = { s: i - bead.s, t: j - bead.t };
        const { shared, unmatched } = compareAnchors(anchorsOf(sourceAnchorList, from.s, bead.s), anchorsOf(targetAnchorList, from.t, bead.t));
        const total =
          before -
          Math.log(bead.prior) +
          lengthCost(sum(sourceLengths, from.s, bead.s), sum(targetLengths, from.t, bead.t), ratio) -
          SHARED_BONUS * shared +
          UNMATCHED_COST * unmatched;
        if (total < cost[i][j]) {
          cost[i][j] = total;
          back[i][j] = b;
        }
      });
    }
  }

  const links: Link[] = [];
  for (let i = m, j = n; i > 0 || j > 0; ) {
    const bead = BEADS[back[i][j]];
    links.push({
      source: Array.from({ length: bead.s }, (_, k) => i - bead.s + k),
      target: Array.from({ length: bead.t }, (_, k) => j - bead.t + k),
    });
    i -= bead.s;
    j -= bead.t;
  }
  return links.reverse();
}
