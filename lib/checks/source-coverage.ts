import { distance } from "fastest-levenshtein";
import { contentLength } from "@/lib/align/length";
import { portugueseFigures, sameValue } from "@/lib/align/pt-numbers";
import type { Figure } from "@/lib/align/zh-numbers";
import { analyseSegment, foldName, writesName, type SourceName } from "@/lib/checks/source-analysis";
import type { SourceSegment } from "@/lib/checks/source-context";
import type { CheckContext } from "@/lib/checks/types";

/**
 * How much of a link's source its target renders: which figures and names come through and which source
 * sentences have no counterpart at all. Shared by the source-aware checks, so that a sentence left out is reported
 * once, as an omission, rather than once per figure and name inside it.
 */
export interface Coverage {
  /** The link's target paragraphs joined by a line break, and where each starts in that text. */
  text: string;
  offsets: number[];
  figures: (Figure & { paragraph: number })[];
  /** Indices of source sentences none of whose figures or names the target has. */
  omitted: ReadonlySet<number>;
  /** Target length over the length the article's ratio predicts for the source. */
  lengthRatio: number;
}

/** Whether a target text writes a source name in any of its forms: known names, the pinyin reading. */
export function nameWritten(name: SourceName, target: string): boolean {
  return [...name.known, name.reading].some((form) => writesName(target, form));
}

/** Whether a target renders a source name acceptably: a name the glossary gives must be written as the glossary has it. */
export function namePresent(name: SourceName, target: string): boolean {
  return name.glossary ? name.known.some((form) => writesName(target, form)) : nameWritten(name, target);
}

/** Within the edit distance a misspelt name keeps of its right form: "Qingfang" for "Qingfeng". */
export function closeName(found: string, expected: string): boolean {
  const a = foldName(found);
  const b = foldName(expected);
  return a !== b && distance(a, b) <= Math.max(1, Math.floor(b.length * 0.25));
}

const coverages = new WeakMap<SourceSegment, Coverage>();

export function coverageOf(segment: SourceSegment, context: CheckContext): Coverage {
  const cached = coverages.get(segment);
  if (cached) return cached;
  const brazilian = context.locale === "pt-BR";
  const texts = segment.targets.map((t) => context.paragraphs[t].text);
  const offsets: number[] = [];
  texts.reduce((offset, text) => (offsets.push(offset), offset + text.length + 1), 0);
  const text = texts.join("\n");
  const figures = segment.targets.flatMap((t) => portugueseFigures(context.paragraphs[t].text, brazilian).map((f) => ({ ...f, paragraph: t })));
  const analysis = analyseSegment(segment, context.glossary);
  const lengthRatio = contentLength(text) / Math.max(1, contentLength(segment.text) * (context.source?.ratio ?? 3));

  const anchors = analysis.sentences.map(() => ({ total: 0, found: 0 }));
  for (const figure of analysis.figures) {
    anchors[figure.sentence].total += 1;
    if (figures.some((f) => sameValue(f.value, figure.value))) anchors[figure.sentence].found += 1;
  }
  for (const name of analysis.names) {
    anchors[name.sentence].total += 1;
    const near = context.names.some((n) => segment.targets.includes(n.paragraph) && [...name.known, name.reading].some((form) => closeName(n.text, form)));
    if (nameWritten(name, text) || near || name.misrenderings.some((m) => writesName(text, m))) anchors[name.sentence].found += 1;
  }
  for (const latin of analysis.latin) {
    anchors[latin.sentence].total += 1;
    if (text.toLowerCase().includes(latin.text.toLowerCase())) anchors[latin.sentence].found += 1;
  }
  const omitted = new Set<number>();
  anchors.forEach(({ total, found }, sentence) => {
    if (analysis.sentences.length < 2 || found > 0) return;
    if (total >= 2 || (total === 1 && lengthRatio < 0.8)) omitted.add(sentence);
  });
  const coverage = { text, offsets, figures, omitted, lengthRatio };
  coverages.set(segment, coverage);
  return coverage;
}
