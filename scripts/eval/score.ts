import { countWords } from "@/lib/text/tokens";
import type { EvalDocument, Label } from "./corpora";
import type { Flag } from "@/lib/domain";

/** What a label asks of the flagger: its group, whether a heuristic can catch it without the source, and the checks that fit it. */
export interface Group {
  name: string;
  catchable: boolean;
  fits(check: string): boolean;
}

const oneOf = (...ids: string[]) => (check: string) => ids.includes(check) || ids.some((id) => id.endsWith("*") && check.startsWith(id.slice(0, -1)));
const NAME_CHECKS = oneOf("known-entity", "pinyin-name", "hybrid-name", "entity-spellings", "literal-name", "english-left", "glossary");

const GROUPS: [RegExp, Group][] = [
  [/^untranslated_english\/entity|^entity|^names?$/, { name: "names", catchable: true, fits: NAME_CHECKS }],
  [/calque|quoted_jargon/, { name: "calques", catchable: true, fits: oneOf("calque", "glossary", "quoted-jargon", "concept-renderings", "spelling", "literal-name") }],
  [/^untranslated|^other_language/, { name: "English and other languages left", catchable: true, fits: oneOf("english-left", "english-acronym", "foreign-left", "known-entity", "literal-name") }],
  [/residue|garbled_token/, { name: "residue", catchable: true, fits: oneOf("markup-residue", "cjk-residue", "typo-*", "spelling", "english-left") }],
  [/^typography|^punctuation/, { name: "punctuation", catchable: true, fits: oneOf("typo-*") }],
  [/^boilerplate/, { name: "boilerplate", catchable: true, fits: oneOf("site-boilerplate") }],
  [/^non_word|^spelling/, { name: "non-words", catchable: true, fits: oneOf("spelling", "calque") }],
  [/^number/, { name: "numbers", catchable: true, fits: oneOf("numbers-currency") }],
  [/^grammar/, { name: "grammar", catchable: false, fits: oneOf("grammar-*") }],
];
const NEEDS_SOURCE: Group = { name: "needs the source (mistranslation, meaning, date, structure)", catchable: false, fits: () => true };

export function groupOf(category: string): Group {
  const normalised = category.toLowerCase().replace(/-/g, "_");
  return GROUPS.find(([pattern]) => pattern.test(normalised))?.[1] ?? NEEDS_SOURCE;
}

export interface LabelResult {
  document: EvalDocument;
  label: Label;
  group: Group;
  caught: boolean;
}

export function isCaught(document: EvalDocument, label: Label, flags: Flag[][]): boolean {
  const group = groupOf(label.category);
  const paragraph = document.paragraphs[label.paragraph];
  if (group.name === "boilerplate" && paragraph.kind === "boilerplate") return true;
  return flags[label.paragraph].some((f) => f.start < label.end && label.start < f.end && group.fits(f.check));
}

export interface CorpusScore {
  corpus: string;
  documents: number;
  words: number;
  labels: LabelResult[];
  flags: number;
  serious: number;
  /** Flags that overlap a label (a lower bound of precision: labels are not exhaustive). */
  onLabels: number;
  lost: string[];
  /** Native text: the flags, every one a false alarm. */
  falseAlarms: { document: string; flag: Flag }[];
}

export function scoreCorpus(corpus: string, documents: EvalDocument[], flagsOf: (d: EvalDocument) => Flag[][]): CorpusScore {
  const score: CorpusScore = { corpus, documents: documents.length, words: 0, labels: [], flags: 0, serious: 0, onLabels: 0, lost: [], falseAlarms: [] };
  for (const document of documents) {
    const flags = flagsOf(document);
    score.words += document.paragraphs.filter((p) => p.kind !== "boilerplate").reduce((n, p) => n + countWords(p.text), 0);
    score.lost.push(...document.lost.map((l) => `${document.name}: ${l}`));
    for (const label of document.labels) score.labels.push({ document, label, group: groupOf(label.category), caught: isCaught(document, label, flags) });
    flags.forEach((paragraphFlags, index) => {
      for (const flag of paragraphFlags) {
        score.flags++;
        if (flag.severity === "major" || flag.severity === "critical") score.serious++;
        if (document.labels.some((l) => l.paragraph === index && flag.start < l.end && l.start < flag.end)) score.onLabels++;
        if (corpus === "native") score.falseAlarms.push({ document: document.name, flag });
      }
    });
  }
  return score;
}

export const percent = (part: number, whole: number) => (whole === 0 ? "–" : `${((100 * part) / whole).toFixed(0)} %`);
export const perThousand = (n: number, words: number) => (words === 0 ? "–" : ((1000 * n) / words).toFixed(2));
