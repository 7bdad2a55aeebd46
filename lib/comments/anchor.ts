import { wordDiff } from "@/lib/diff/word-diff";

/** Where a thread's span is in the paragraph's current text, or that its words were changed since. */
export type SpanPlace = { kind: "kept"; start: number; end: number } | { kind: "changed" };

/**
 * Maps a span of an earlier text of a paragraph onto its current text through the word diff. The span
 * follows edits around it; an edit inside it (or removing it) means the words the thread is about are gone,
 * which the reader is told rather than shown a highlight on other words.
 */
export function placeSpan(anchorText: string, currentText: string, start: number, end: number): SpanPlace {
  if (start < 0 || end > anchorText.length || start >= end) return { kind: "changed" };
  if (anchorText === currentText) return { kind: "kept", start, end };
  let mappedStart: number | null = null;
  let mappedEnd: number | null = null;
  for (const part of wordDiff(anchorText, currentText)) {
    const inside = part.op === "insert" ? part.beforeStart > start && part.beforeStart < end : part.beforeEnd > start && part.beforeStart < end;
    if (!inside) continue;
    if (part.op !== "equal") return { kind: "changed" };
    if (part.beforeStart <= start) mappedStart = part.afterStart + (start - part.beforeStart);
    if (part.beforeEnd >= end) mappedEnd = part.afterStart + (end - part.beforeStart);
  }
  return mappedStart !== null && mappedEnd !== null ? { kind: "kept", start: mappedStart, end: mappedEnd } : { kind: "changed" };
}
