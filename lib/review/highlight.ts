import type { Flag, Severity } from "@/lib/domain";

export interface HighlightSegment {
  start: number;
  end: number;
  text: string;
  /** Indexes into the flags array given, of every flag covering this whole segment. */
  flags: number[];
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** A boundary inside a surrogate pair would cut an emoji or a rare Han character in two. */
function safeBoundary(text: string, offset: number): number {
  const clamped = Math.max(0, Math.min(text.length, offset));
  return clamped > 0 && clamped < text.length && isHighSurrogate(text.charCodeAt(clamped - 1)) ? clamped + 1 : clamped;
}

/**
 * Cuts the text into runs such that every run is covered by the same set of flags: overlapping
 * flags share the runs they overlap on, adjacent flags stay apart, and the runs cover the whole text.
 */
export function segmentHighlights(text: string, flags: readonly Pick<Flag, "start" | "end">[]): HighlightSegment[] {
  if (text.length === 0) return [];
  const spans = flags
    .map((flag, index) => ({ index, start: safeBoundary(text, flag.start), end: safeBoundary(text, flag.end) }))
    .filter((span) => span.end > span.start);
  const cuts = new Set<number>([0, text.length]);
  for (const span of spans) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: HighlightSegment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i];
    const end = points[i + 1];
    const covering = spans.filter((span) => span.start <= start && span.end >= end).map((span) => span.index);
    segments.push({ start, end, text: text.slice(start, end), flags: covering });
  }
  return segments;
}

const rank: Record<Severity, number> = { info: 0, minor: 1, major: 2, critical: 3 };

export function highestSeverity(severities: Iterable<Severity>): Severity | null {
  let best: Severity | null = null;
  for (const severity of severities) if (best === null || rank[severity] > rank[best]) best = severity;
  return best;
}

export function isBlocking(severity: Severity): boolean {
  return rank[severity] >= rank.major;
}
