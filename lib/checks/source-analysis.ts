import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";
import { LRUCache } from "lru-cache";
import { pinyin } from "pinyin-pro";
import { chineseSentences, type Sentence } from "@/lib/align/sentences";
import { chineseFigures, type Figure } from "@/lib/align/zh-numbers";
import type { SourceSegment } from "@/lib/checks/source-context";
import { COMPOUND_SURNAMES } from "@/lib/checks/source-names.data";
import type { GlossaryTerm } from "@/lib/glossary/types";
import { knownEntities, type Entity } from "@/lib/lang/pt/entity-kb";

/** What the source-aware checks read in a link's Chinese side, computed once per link. */

export interface SourceName {
  zh: string;
  start: number;
  end: number;
  person: boolean;
  /** A place: Portuguese often renders it as an adjective (中国的 → "chinesas"), so its absence proves nothing. */
  place: boolean;
  /** Established Latin names (the knowledge base); empty for a name only the segmenter found. */
  known: string[];
  /** Misrenderings the knowledge base lists: the known-entity check already reports those. */
  misrenderings: string[];
  /** The name in pinyin as Portuguese news writes it: "Wang Haiyan", "Hefei". */
  reading: string;
  /** The installation's glossary gives its Latin name: then the pinyin reading is not a rendering of it. */
  glossary: boolean;
  sentence: number;
}

export interface SegmentAnalysis {
  sentences: Sentence[];
  names: SourceName[];
  figures: (Figure & { sentence: number })[];
  latin: { text: string; start: number; end: number; sentence: number }[];
}

// Loaded with the module (about a second): inside a check's first run it would eat that check's time budget.
const segmenter = Jieba.withDict(dict);
let entityIndex: { byZh: Map<string, Entity>; longest: number; byLatin: Map<string, Entity> } | null = null;

function entities() {
  if (!entityIndex) {
    const byZh = new Map<string, Entity>();
    for (const entity of knownEntities()) if (!byZh.has(entity.zh)) byZh.set(entity.zh, entity);
    const byLatin = new Map<string, Entity>();
    for (const entity of byZh.values()) for (const name of entity.names) byLatin.set(foldName(name), entity);
    entityIndex = { byZh, longest: Math.max(...[...byZh.keys()].map((k) => k.length)), byLatin };
  }
  return entityIndex;
}

/** The knowledge-base entity whose established Latin name this is ("Baidu" → 百度), if any. */
export function entityOfLatinName(name: string): Entity | undefined {
  return entities().byLatin.get(foldName(name));
}

const capitalise = (syllables: string[]) => {
  const word = syllables.join("");
  return word.charAt(0).toUpperCase() + word.slice(1);
};

/** Pinyin as news writes a name: a person's surname apart from the given name, anything else as one word. */
export function pinyinReading(zh: string, person: boolean): string {
  const syllables = pinyin(zh, { toneType: "none", type: "array", surname: person ? "head" : "off", v: false });
  if (!person) return capitalise(syllables);
  const surname = COMPOUND_SURNAMES.has(zh.slice(0, 2)) ? 2 : 1;
  return `${capitalise(syllables.slice(0, surname))} ${capitalise(syllables.slice(surname))}`;
}

/** Lower case, no diacritics, spaces or hyphens: "Liu Qing-feng" and "liu qingfeng" compare equal. */
export function foldName(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/[\s\-'’·.]/gu, "").toLowerCase();
}

// Names differ per article; a long-running server must not keep every one it ever saw.
const patterns = new LRUCache<string, RegExp>({ max: 5000 });

// The longest name a news text writes is a few dozen letters; a longer "name" is a run of capitals or digits,
// and its pattern (one optional separator per letter) would overflow the regular-expression stack.
const MAX_NAME_LETTERS = 80;

/**
 * Whether `text` writes `name` as a whole name, however it spaces or hyphenates it: "Liu Qing-feng" writes
 * "Liu Qingfeng", "Wang Haiyang" does not write "Wang Haiyan".
 */
export function writesName(text: string, name: string): boolean {
  const pattern = namePattern(name);
  return pattern !== null && pattern.test(text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase());
}

/** The pattern `writesName` matches, over text folded to lower case without diacritics; null for an empty name or one too long to be a name. */
export function namePattern(name: string): RegExp | null {
  const folded = foldName(name);
  if (folded.length === 0 || folded.length > MAX_NAME_LETTERS) return null;
  let pattern = patterns.get(folded);
  if (!pattern) {
    const letters = [...folded].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("[\\s\\-'’·.]?");
    pattern = new RegExp(`(?<![\\p{L}\\d])${letters}(?![\\p{L}\\d])`, "u");
    patterns.set(folded, pattern);
  }
  return pattern;
}

function sentenceAt(sentences: Sentence[], offset: number): number {
  const index = sentences.findIndex((s) => offset >= s.start && offset < s.end);
  return index === -1 ? Math.max(0, sentences.length - 1) : index;
}

interface KnownName {
  zh: string;
  type: Entity["type"];
  names: string[];
  misrenderings: string[];
  glossary: boolean;
}

const HAN_NAME = /^\p{Script=Han}{2,}$/u;

/**
 * The knowledge base with the installation's glossary on top: an entity entry whose source term is Chinese names
 * that term, its preferred form first (the suggestion), its variants as misrenderings (the glossary check reports
 * those). The glossary does not say whether an entity is a person, so one the knowledge base lacks is an organisation.
 */
function knownNames(glossary: readonly GlossaryTerm[]): { byZh: Map<string, KnownName>; longest: number } {
  const base = entities();
  const entries = glossary.filter((g) => g.type === "entity" && g.sourceTerm && HAN_NAME.test(g.sourceTerm));
  const byZh = new Map<string, KnownName>();
  for (const [zh, entity] of base.byZh) byZh.set(zh, { zh, type: entity.type, names: entity.names, misrenderings: entity.misrenderings.map((m) => m.text), glossary: false });
  if (entries.length === 0) return { byZh, longest: base.longest };
  let longest = base.longest;
  for (const entry of entries) {
    const zh = entry.sourceTerm!;
    const known = byZh.get(zh);
    const names = [entry.preferred, ...(known?.names ?? []).filter((n) => n !== entry.preferred && !entry.variants.includes(n))];
    byZh.set(zh, { zh, type: known?.type ?? "company", names, misrenderings: [...new Set([...(known?.misrenderings ?? []), ...entry.variants])], glossary: true });
    longest = Math.max(longest, zh.length);
  }
  return { byZh, longest };
}

function knowledgeBaseNames(text: string, sentences: Sentence[], glossary: readonly GlossaryTerm[]): SourceName[] {
  const { byZh, longest } = knownNames(glossary);
  const names: SourceName[] = [];
  for (let i = 0; i < text.length; ) {
    let found: KnownName | undefined;
    for (let length = Math.min(longest, text.length - i); length >= 2 && !found; length--) found = byZh.get(text.slice(i, i + length));
    if (!found) {
      i += 1;
      continue;
    }
    const person = found.type === "person";
    names.push({
      zh: found.zh,
      start: i,
      end: i + found.zh.length,
      person,
      place: found.type === "place",
      known: found.names,
      misrenderings: found.misrenderings,
      reading: pinyinReading(found.zh, person),
      glossary: found.glossary,
      sentence: sentenceAt(sentences, i),
    });
    i += found.zh.length;
  }
  return names;
}

/** People and places the segmenter tags (nr, ns) that the knowledge base does not know. */
function segmentedNames(text: string, sentences: Sentence[], taken: SourceName[]): SourceName[] {
  const names: SourceName[] = [];
  let cursor = 0;
  for (const { word, tag } of segmenter.tag(text)) {
    const start = text.indexOf(word, cursor);
    if (start === -1) continue;
    cursor = start + word.length;
    const person = tag === "nr";
    if (!(person || tag === "ns") || !/^\p{Script=Han}{2,4}$/u.test(word)) continue;
    if (taken.some((n) => start < n.end && cursor > n.start)) continue;
    names.push({ zh: word, start, end: cursor, person, place: !person, known: [], misrenderings: [], reading: pinyinReading(word, person), glossary: false, sentence: sentenceAt(sentences, start) });
  }
  return names;
}

const LATIN = /(?<![A-Za-z\d])[A-Za-z][A-Za-z0-9.+&-]*[A-Za-z0-9+](?:\s[A-Z0-9][A-Za-z0-9+]*)*/gu;

const analyses = new WeakMap<SourceSegment, { glossary: readonly GlossaryTerm[]; analysis: SegmentAnalysis }>();

/** The names, figures and Latin words of a link's source; `glossary` is the context's, so that its source terms count. */
export function analyseSegment(segment: SourceSegment, glossary: readonly GlossaryTerm[] = []): SegmentAnalysis {
  const cached = analyses.get(segment);
  if (cached && cached.glossary === glossary) return cached.analysis;
  const text = segment.simplified;
  const sentences = chineseSentences(text);
  const known = knowledgeBaseNames(text, sentences, glossary);
  const names = [...known, ...segmentedNames(text, sentences, known)].sort((a, b) => a.start - b.start);
  const figures = chineseFigures(text)
    .filter((f) => !f.month)
    .map((f) => ({ ...f, sentence: sentenceAt(sentences, f.start) }));
  const latin = Array.from(text.matchAll(LATIN), (m) => ({ text: m[0], start: m.index, end: m.index + m[0].length, sentence: sentenceAt(sentences, m.index) }));
  const analysis = { sentences, names, figures, latin };
  analyses.set(segment, { glossary, analysis });
  return analysis;
}
