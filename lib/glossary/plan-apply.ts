import { findVariants } from "./match";
import type { MatchableTerm } from "./types";

/** A paragraph as apply-to-all sees it: its current text and the version that text belongs to. */
export interface ParagraphText {
  paragraphId: number;
  articleId: number;
  position: number;
  version: number;
  text: string;
}

/** One place apply-to-all would change, shown with its context and a checkbox. */
export interface Occurrence {
  /** Stable across reloads while the paragraph is unchanged: paragraph, version and offsets. */
  id: string;
  paragraphId: number;
  articleId: number;
  position: number;
  version: number;
  start: number;
  end: number;
  text: string;
  replacement: string;
  before: string;
  after: string;
}

export interface Replacement {
  start: number;
  end: number;
  text: string;
  replacement: string;
}

const CONTEXT_CHARS = 60;

function contextBefore(text: string, start: number): string {
  const from = Math.max(0, start - CONTEXT_CHARS);
  const slice = text.slice(from, start);
  return from === 0 ? slice : `…${slice.replace(/^\S*\s/, "")}`;
}

function contextAfter(text: string, end: number): string {
  const to = Math.min(text.length, end + CONTEXT_CHARS);
  const slice = text.slice(end, to);
  return to === text.length ? slice : `${slice.replace(/\s\S*$/, "")}…`;
}

export function occurrenceId(paragraphId: number, version: number, start: number, end: number): string {
  return `${paragraphId}:${version}:${start}:${end}`;
}

/** Every variant of the entry in the given paragraphs, in reading order. */
export function planOccurrences(paragraphs: ParagraphText[], term: MatchableTerm): Occurrence[] {
  return paragraphs.flatMap((p) =>
    findVariants(p.text, term).map((m) => ({
      id: occurrenceId(p.paragraphId, p.version, m.start, m.end),
      paragraphId: p.paragraphId,
      articleId: p.articleId,
      position: p.position,
      version: p.version,
      start: m.start,
      end: m.end,
      text: m.text,
      replacement: m.replacement,
      before: contextBefore(p.text, m.start),
      after: contextAfter(p.text, m.end),
    })),
  );
}

/**
 * The text with the replacements made, or null when one of them no longer stands where the preview saw it
 * (or two overlap): a stale plan is refused, never applied approximately.
 */
export function applyReplacements(text: string, replacements: Replacement[]): string | null {
  const sorted = [...replacements].sort((a, b) => a.start - b.start);
  let out = "";
  let at = 0;
  for (const r of sorted) {
    if (r.start < at || r.end > text.length || text.slice(r.start, r.end) !== r.text) return null;
    out += text.slice(at, r.start) + r.replacement;
    at = r.end;
  }
  return out + text.slice(at);
}
