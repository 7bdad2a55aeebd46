import type { CheckContext, CheckParagraph } from "@/lib/checks/types";
import { knownEntities, type Entity, type MisrenderingContext, type MisrenderingKind } from "@/lib/lang/pt/entity-kb";
import { foldKey, nominalKey } from "@/lib/text/inflection";
import { PhraseTrie } from "@/lib/text/phrase-trie";
import { translatedDescriptorForms } from "@/lib/checks/translated-descriptors";
import { isSentenceInitial } from "@/lib/text/names";
import { isCapitalised, tokenize, tokensOf, type Token } from "@/lib/text/tokens";
import type { GlossaryTerm } from "@/lib/glossary/types";

/**
 * Names the knowledge base (lib/lang/pt/entities) and the installation's glossary entity entries know: the
 * established names, which no check may flag as pinyin, English or misspelt, and the misrenderings, which are
 * flagged with the established name.
 */

export interface KnownName {
  kind: "name";
  entity: string;
  preferred: string;
  /**
   * Every established form, with its capitals: "Openai" is found as OpenAI but written wrongly. Absent for the
   * glossary's entries, whose case rule is the glossary check's.
   */
  forms?: readonly string[];
}

export interface Misrendering {
  kind: MisrenderingKind | "glossary";
  entity: string;
  preferred: string;
  /** Capitals as written in the knowledge base, word by word, when the form is also ordinary Portuguese. */
  context?: { shapes: string[]; requires: string[][] };
  /** A derived form (lib/checks/translated-descriptors.ts) counts only with every word capitalised, as a name. */
  derived?: true;
}

type Value = KnownName | Misrendering;

export interface EntitySpan {
  start: number;
  end: number;
  value: Value;
}

// "Gate.io", "JD.com", "Li-Ning", "Kweichow Moutai", "Ben & Jerry": words of one name are joined by a space, a dot, a hyphen or an ampersand.
const JOINING = new Set([" ", "\u00a0", ".", "-", "&", "'", "’"]);

function joins(text: string, from: number, to: number): boolean {
  const length = to - from;
  if (length === 1) return JOINING.has(text[from]);
  return length === 3 && text[from] === " " && text[from + 1] === "&" && text[from + 2] === " ";
}

function newTrie() {
  return new PhraseTrie<Value>({ keyOf: foldKey, prefixOf: foldKey, joins });
}

function addPhrase(trie: PhraseTrie<Value>, phrase: string, value: Value) {
  const words = tokenize(phrase).map((t) => ({ keys: [foldKey(t.text)], prefixes: [] }));
  trie.add(words, value);
}

export function entityTrie(entities: readonly Entity[]): PhraseTrie<Value> {
  const trie = newTrie();
  const written = new Set(entities.flatMap((e) => [...e.names, ...e.misrenderings.map((m) => m.text)]).map(foldKey));
  for (const entity of entities) {
    const preferred = entity.names[0];
    for (const name of entity.names) addPhrase(trie, name, { kind: "name", entity: entity.id, preferred, forms: entity.names });
    for (const m of entity.misrenderings) addPhrase(trie, m.text, { kind: m.kind, entity: entity.id, preferred, context: m.context && compileContext(m.text, m.context) });
    for (const form of translatedDescriptorForms(entity)) {
      if (!written.has(foldKey(form))) addPhrase(trie, form, { kind: "literal", entity: entity.id, preferred, derived: true });
    }
  }
  return trie;
}

function compileContext(text: string, context: MisrenderingContext): Misrendering["context"] {
  return {
    shapes: tokenize(text).map((t) => caseShape(t.text)),
    requires: context.requires.map((phrase) => tokenize(phrase).map((t) => nominalKey(t.text))),
  };
}

let shipped: PhraseTrie<Value> | null = null;
const kbTrie = () => (shipped ??= entityTrie(knownEntities()));

const glossaryTries = new WeakMap<GlossaryTerm[], PhraseTrie<Value> | null>();

/** The glossary's entity entries extend the knowledge base: preferred forms are names, variants misrenderings. */
function glossaryTrie(glossary: GlossaryTerm[]): PhraseTrie<Value> | null {
  if (glossaryTries.has(glossary)) return glossaryTries.get(glossary)!;
  const entities = glossary.filter((t) => t.type === "entity");
  let trie: PhraseTrie<Value> | null = null;
  if (entities.length > 0) {
    trie = newTrie();
    for (const term of entities) {
      const entity = `glossary:${term.preferred}`;
      addPhrase(trie, term.preferred, { kind: "name", entity, preferred: term.preferred });
      for (const variant of term.variants) addPhrase(trie, variant, { kind: "glossary", entity, preferred: term.preferred });
    }
  }
  glossaryTries.set(glossary, trie);
  return trie;
}

const spansCache = new WeakMap<CheckParagraph, EntitySpan[]>();

/** Known names and misrenderings in a paragraph, leftmost-longest, without overlaps; once per paragraph. */
export function entitySpans(paragraph: CheckParagraph, context: CheckContext): EntitySpan[] {
  let spans = spansCache.get(paragraph);
  if (spans) return spans;
  const tokens = tokensOf(paragraph);
  const found = [kbTrie(), glossaryTrie(context.glossary)]
    .flatMap((trie) => (trie ? trie.findAll(paragraph.text, tokens) : []))
    .filter((m) => m.value.kind === "name" || m.value.kind === "glossary" || (m.value.derived ? allCapitalised(tokens, m.first, m.last) : hasCapital(tokens, m.first, m.last)))
    .filter((m) => m.value.kind === "name" || !m.value.context || contextAllows(m.value.context, paragraph.text, tokens, m.first, m.last, context))
    .map((m) => ({ start: tokens[m.first].start, end: tokens[m.last].end, value: m.value }))
    // Longest first at each start; a glossary misrendering beats a shipped name of the same extent.
    .sort((a, b) => a.start - b.start || b.end - a.end || rank(a.value) - rank(b.value));
  spans = [];
  let coveredUntil = -1;
  for (const span of found) {
    if (span.start < coveredUntil) continue;
    if (!isWholeWord(paragraph.text, span.start, span.end)) continue;
    spans.push(span);
    coveredUntil = span.end;
  }
  spansCache.set(paragraph, spans);
  return spans;
}

/** A shipped misrendering is a name: written all in lower case ("um mundo perfeito") it is ordinary prose. */
function hasCapital(tokens: Token[], first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (tokens[i].text !== tokens[i].text.toLowerCase()) return true;
  return false;
}

function allCapitalised(tokens: Token[], first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (!isCapitalised(tokens[i].text)) return false;
  return true;
}

/**
 * An ordinary word read as a name ("Glória" for Honor) only when its capitals are those of the name, one of them
 * away from a sentence start (where every word has a capital), it is not part of a longer name ("Glória Pires",
 * "Ali Khamenei"), and the article speaks of what the entity is.
 */
function contextAllows(rule: NonNullable<Misrendering["context"]>, text: string, tokens: Token[], first: number, last: number, context: CheckContext): boolean {
  const matched = tokens.slice(first, last + 1);
  if (matched.some((t, i) => caseShape(t.text) !== rule.shapes[i])) return false;
  if (!matched.some((t, i) => isCapitalised(t.text) && !isSentenceInitial(text, tokens, first + i))) return false;
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  if (before && isCapitalised(before.text) && /^ $/.test(text.slice(before.end, matched[0].start)) && !isSentenceInitial(text, tokens, first - 1)) return false;
  if (after && isCapitalised(after.text) && /^ $/.test(text.slice(matched[matched.length - 1].end, after.start))) return false;
  const keys = articleKeys(context);
  return rule.requires.some((phrase) => phrase.every((k) => keys.has(k)));
}

/** "Sol", "sol" and "SOL" are three words here: a name, a noun and a ticker. */
function caseShape(word: string): string {
  if (word === word.toLowerCase()) return "lower";
  return word.length > 1 && word === word.toUpperCase() ? "upper" : "capital";
}

const articleKeyCache = new WeakMap<readonly CheckParagraph[], Set<string>>();

function articleKeys(context: CheckContext): Set<string> {
  let keys = articleKeyCache.get(context.paragraphs);
  if (!keys) {
    keys = new Set(context.paragraphs.flatMap((p) => tokensOf(p).map((t) => nominalKey(t.text))));
    articleKeyCache.set(context.paragraphs, keys);
  }
  return keys;
}

const rank = (value: Value) => (value.kind === "glossary" ? 0 : value.kind === "name" ? 2 : 1);

/** Names with a domain suffix are matched up to it: "Gate" alone must not hide inside "Gate.io"'s flag. */
function isWholeWord(text: string, start: number, end: number): boolean {
  return !/[\p{L}\p{N}]/u.test(text[start - 1] ?? "") && !/[\p{L}\p{N}]/u.test(text[end] ?? "");
}

/** Whether [start, end) lies inside a name the knowledge base or the glossary establishes. */
export function isKnownName(paragraph: CheckParagraph, context: CheckContext, start: number, end: number): boolean {
  return entitySpans(paragraph, context).some((s) => s.value.kind === "name" && s.start <= start && end <= s.end);
}

/** Whether [start, end) lies inside a known name or a known misrendering, which the entity check flags itself. */
export function isInsideKnownEntity(paragraph: CheckParagraph, context: CheckContext, start: number, end: number): boolean {
  return entitySpans(paragraph, context).some((s) => s.start <= start && end <= s.end);
}

/** Whether [start, end) overlaps a known name or a known misrendering (which the entity check flags itself). */
export function touchesKnownEntity(paragraph: CheckParagraph, context: CheckContext, start: number, end: number): boolean {
  return entitySpans(paragraph, context).some((s) => s.start < end && start < s.end);
}
