import { analyseSegment, namePattern } from "@/lib/checks/source-analysis";
import type { SourceSegment } from "@/lib/checks/source-context";
import type { GlossaryTerm } from "@/lib/glossary/types";

/** A name of a link's source and how its target writes it, for the workspace to mark on both sides. */
export interface NamePair {
  /** Offsets in the link's source text (simplified and original share them). */
  start: number;
  end: number;
  source: string;
  /** How the name should read in Portuguese: the known names, or the pinyin for a name only the segmenter found. */
  expected: string[];
  /** The spellings the target paragraphs use for it, as they stand in the text; empty when none renders it. */
  written: string[];
}

/** Lower case without diacritics, one UTF-16 unit of the folded text per unit, with where each came from. */
function fold(text: string): { text: string; from: number[]; to: number[] } {
  let out = "";
  const from: number[] = [];
  const to: number[] = [];
  for (let i = 0; i < text.length; ) {
    const char = String.fromCodePoint(text.codePointAt(i)!);
    const folded = char.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
    for (let k = 0; k < folded.length; k++) {
      from.push(i);
      to.push(i + char.length);
    }
    out += folded;
    i += char.length;
  }
  return { text: out, from, to };
}

/** Every place `text` writes `name` as `writesName` reads it ("Liu Qing-feng" for "Liu Qingfeng"), as written there. */
export function writtenForms(text: string, name: string): string[] {
  const pattern = namePattern(name);
  if (!pattern) return [];
  const folded = fold(text);
  return Array.from(folded.text.matchAll(new RegExp(pattern.source, "gu")), (m) => text.slice(folded.from[m.index], folded.to[m.index + m[0].length - 1]));
}

/**
 * The names the source-aware checks see in a link's source (the knowledge base, the glossary's source terms, the
 * segmenter's people and places, Latin names) paired with how the link's target paragraphs write them: known
 * names, the pinyin reading, the misrenderings the knowledge base and the glossary list.
 */
export function namePairs(segment: SourceSegment, targets: readonly string[], glossary: readonly GlossaryTerm[] = []): NamePair[] {
  const analysis = analyseSegment(segment, glossary);
  const target = targets.join("\n");
  const written = (forms: string[]) => [...new Set(forms.flatMap((form) => writtenForms(target, form)))];
  const names = analysis.names.map((name) => ({
    start: name.start,
    end: name.end,
    source: segment.text.slice(name.start, name.end),
    expected: name.known.length > 0 ? name.known : [name.reading],
    written: written([...name.known, name.reading, ...name.misrenderings]),
  }));
  const latin = analysis.latin.map((name) => ({ start: name.start, end: name.end, source: segment.text.slice(name.start, name.end), expected: [name.text], written: written([name.text]) }));
  return [...names, ...latin].sort((a, b) => a.start - b.start);
}
