import { z } from "zod";

// LanguageTool's `data` parameter: the document as text and markup pieces. Markup is not checked; what it
// reads as (a paragraph break for </p>) is, and offsets in the answer count the whole document, markup included.
const pieceSchema = z.union([
  z.strictObject({ text: z.string() }),
  z.strictObject({ markup: z.string(), interpretAs: z.string().optional() }),
]);

export const annotatedTextSchema = z.strictObject({ annotation: z.array(pieceSchema).max(100_000) });

interface Segment {
  plainStart: number;
  plainLength: number;
  sourceStart: number;
  sourceLength: number;
  isText: boolean;
}

export interface AnnotatedText {
  /** What the checks read. */
  plain: string;
  /** Offsets in `plain` → offsets in the document as the client holds it. */
  toSource(start: number, end: number): { offset: number; length: number };
}

export function plainText(text: string): AnnotatedText {
  return { plain: text, toSource: (start, end) => ({ offset: start, length: end - start }) };
}

export function fromAnnotation(annotation: z.infer<typeof annotatedTextSchema>["annotation"]): AnnotatedText {
  const segments: Segment[] = [];
  let plain = "";
  let source = 0;
  for (const piece of annotation) {
    const isText = "text" in piece;
    const read = isText ? piece.text : (piece.interpretAs ?? "");
    const written = isText ? piece.text : piece.markup;
    segments.push({ plainStart: plain.length, plainLength: read.length, sourceStart: source, sourceLength: written.length, isText });
    plain += read;
    source += written.length;
  }
  const locate = (offset: number, edge: "start" | "end"): number => {
    // The segment holding the offset; at a boundary, a start belongs to the next piece and an end to the previous one.
    let lo = 0;
    let hi = segments.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = segments[mid];
      const before = edge === "start" ? offset < s.plainStart : offset <= s.plainStart;
      const after = edge === "start" ? offset >= s.plainStart + s.plainLength : offset > s.plainStart + s.plainLength;
      if (before) hi = mid - 1;
      else if (after) lo = mid + 1;
      else {
        found = mid;
        break;
      }
    }
    if (found < 0) return edge === "start" ? (segments[lo]?.sourceStart ?? source) : (segments[hi]?.sourceStart ?? 0) + (segments[hi]?.sourceLength ?? 0);
    const s = segments[found];
    if (s.isText) return s.sourceStart + (offset - s.plainStart);
    // Inside markup read as something else: the flag covers the whole tag.
    return edge === "start" ? s.sourceStart : s.sourceStart + s.sourceLength;
  };
  return {
    plain,
    toSource(start, end) {
      const from = locate(start, "start");
      const to = Math.max(from, locate(end, "end"));
      return { offset: from, length: to - from };
    },
  };
}
