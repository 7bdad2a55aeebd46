import { PORTUGUESE_FUNCTION_WORDS } from "@/lib/lang/pt/portuguese-function-words";
import { matchCase } from "@/lib/text/case";
import { foldKey, nominalKey, pluralize } from "@/lib/text/inflection";
import { keysOf, PhraseTrie } from "@/lib/text/phrase-trie";
import { lowerKey } from "@/lib/text/words";
import { tokenize, type Token } from "@/lib/text/tokens";
import type { MatchableTerm } from "./types";

/** One occurrence of a glossary form in a text; offsets are UTF-16 code units. */
export interface TermMatch {
  start: number;
  end: number;
  text: string;
  /** The glossary form that matched (a variant, or the preferred form). */
  form: string;
  /** The preferred form in the number and capitalisation of the match. */
  replacement: string;
}

interface CompiledForm {
  form: string;
  words: string[];
  /** `nominalKey` of each word, computed once. */
  lemmas: string[];
  /** Whitespace between consecutive words must be whitespace in the text, anything else must be equal. */
  gaps: string[];
}

interface CompiledTerm {
  term: MatchableTerm;
  preferred: CompiledForm;
  variants: CompiledForm[];
  /** Per variant, the keys of all its words: a text lacking any of them cannot hold that variant. */
  variantKeys: string[][];
}

const SPACE = /^\s+$/;

function compileForm(form: string): CompiledForm | null {
  const tokens = tokenize(form);
  if (tokens.length === 0) return null;
  const gaps = tokens.slice(1).map((t, i) => form.slice(tokens[i].end, t.start));
  const words = tokens.map((t) => t.text);
  return { form, words, lemmas: words.map(nominalKey), gaps };
}

/** The lemma key of each token, once per token list and shared with the calque lexicon's trie. */
function lemmasOf(tokens: readonly Token[]): string[] {
  return keysOf(tokens, nominalKey);
}

const compiled = new WeakMap<MatchableTerm, CompiledTerm>();

function compile(term: MatchableTerm): CompiledTerm {
  let result = compiled.get(term);
  if (!result) {
    const variants = term.variants
      .map(compileForm)
      .filter((f): f is CompiledForm => f !== null)
      // Longest first, so "Light Years Away" wins over a variant "Light Years" at the same place.
      .sort((a, b) => b.words.length - a.words.length);
    const variantKeys = variants.map((v) => v.words.map((w) => wordKey(w, term)));
    result = { term, preferred: compileForm(term.preferred) ?? { form: term.preferred, words: [], lemmas: [], gaps: [] }, variants, variantKeys };
    compiled.set(term, result);
  }
  return result;
}

/** A superset of `sameWord`: words that may match share this key (names by letters, terms by lemma). */
function wordKey(word: string, term: MatchableTerm): string {
  return term.type === "entity" ? word.toLowerCase() : nominalKey(word);
}

/** The keys a paragraph's words can match, built once per paragraph for all entries and only as needed. */
export class TokenKeys {
  private names: Set<string> | null = null;
  private lemmas: Set<string> | null = null;
  constructor(private readonly tokens: readonly Token[]) {}

  has(key: string, type: MatchableTerm["type"]): boolean {
    if (type === "entity") return (this.names ??= new Set(this.tokens.map((t) => t.text.toLowerCase()))).has(key);
    return (this.lemmas ??= new Set(lemmasOf(this.tokens))).has(key);
  }
}

/**
 * The entries whose variants could occur in a paragraph. Every variant's words, by key (lemma for terms, lower case
 * for names), are in a trie: a paragraph costs one walk per word whatever the size of the glossary, and an entry
 * comes out only when the keys of a whole variant stand in a row (the exact test, of case and gaps, is findVariants').
 * Entries filed by one anchor word each (the variant's longest) made every paragraph with "empresa" or "mercado" try
 * every entry naming one, which grew with the glossary.
 *
 * The entries come out in the order the anchor index gave (terms, then names; by the first word of the paragraph
 * that is an entry's anchor; then in glossary order), so that flags at the same place keep their order.
 */
export class GlossaryIndex<T extends MatchableTerm> {
  private readonly lemmaTrie = new PhraseTrie<T>({ keyOf: nominalKey, prefixOf: foldKey, joins: anyGap });
  private readonly nameTrie = new PhraseTrie<T>({ keyOf: lowerKey, prefixOf: foldKey, joins: anyGap });
  /** Per entry, its anchors and its place among the entries filed under each, as the old anchor index had them. */
  private readonly anchors = new Map<T, Map<string, number>>();
  private readonly rank = new Map<T, number>();

  constructor(terms: readonly T[]) {
    const buckets = [new Map<string, number>(), new Map<string, number>()];
    for (const term of terms) {
      const c = compile(term);
      const group = term.type === "entity" ? 1 : 0;
      const trie = group === 1 ? this.nameTrie : this.lemmaTrie;
      for (const keys of c.variantKeys) trie.add(keys.map((key) => ({ keys: [key], prefixes: [] })), term);
      const places = new Map<string, number>();
      for (const anchor of new Set(c.variantKeys.map((keys) => keys.reduce((a, b) => (b.length > a.length ? b : a))))) {
        const place = buckets[group].get(anchor) ?? 0;
        buckets[group].set(anchor, place + 1);
        places.set(anchor, place);
      }
      this.anchors.set(term, places);
      this.rank.set(term, group);
    }
  }

  isEmpty(): boolean {
    return this.lemmaTrie.size === 0 && this.nameTrie.size === 0;
  }

  candidates(tokens: readonly Token[]): T[] {
    const found = new Set<T>();
    for (const m of this.lemmaTrie.findAll("", tokens)) found.add(m.value);
    for (const m of this.nameTrie.findAll("", tokens)) found.add(m.value);
    if (found.size < 2) return [...found];
    // The anchor index's order: group, then the first word that is one of the entry's anchors, then its place there.
    const lemmas = keysOf(tokens, nominalKey);
    const names = keysOf(tokens, lowerKey);
    const firstAt = [new Map<string, number>(), new Map<string, number>()];
    for (let i = tokens.length - 1; i >= 0; i--) {
      firstAt[0].set(lemmas[i], i);
      firstAt[1].set(names[i], i);
    }
    const order = (term: T): [number, number, number] => {
      const group = this.rank.get(term)!;
      let best: [number, number, number] = [group, Infinity, 0];
      for (const [anchor, place] of this.anchors.get(term)!) {
        const at = firstAt[group].get(anchor);
        if (at !== undefined && at < best[1]) best = [group, at, place];
      }
      return best;
    };
    const keyed = [...found].map((term) => ({ term, key: order(term) }));
    keyed.sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2] - b.key[2]);
    return keyed.map((k) => k.term);
  }
}

/** Candidates only: the gaps between a variant's words are tested by findVariants. */
const anyGap = () => true;

/**
 * False when, for every variant of the entry, some word of it appears nowhere in the paragraph:
 * checking a whole glossary against a paragraph then costs a few set lookups per entry, not a scan.
 */
export function mayContainVariant(term: MatchableTerm, keys: TokenKeys): boolean {
  return compile(term).variantKeys.some((words) => words.every((key) => keys.has(key, term.type)));
}

function isAllCaps(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}

/**
 * Names do not inflect, so entities match their form exactly (up to case); terms and calques match any
 * number and gender ("modelo grande" ~ "modelos grandes"). Case-sensitive entries keep the first letter
 * and all-capitals shape of the form.
 */
function sameWord(token: string, word: string, term: MatchableTerm, tokenLemma: string, wordLemma: string): boolean {
  const inflects = term.type !== "entity";
  if (term.caseSensitive) {
    if (!inflects) return token === word;
    return token[0] === word[0] && isAllCaps(token) === isAllCaps(word) && tokenLemma === wordLemma;
  }
  return inflects ? tokenLemma === wordLemma : token.toLowerCase() === word.toLowerCase();
}

function sameGap(textGap: string, formGap: string): boolean {
  return SPACE.test(formGap) ? SPACE.test(textGap) && !textGap.includes("\n") : textGap === formGap;
}

function matchAt(form: CompiledForm, tokens: Token[], lemmas: string[], i: number, text: string, term: MatchableTerm): number | null {
  if (form.words.length === 0 || i + form.words.length > tokens.length) return null;
  for (let k = 0; k < form.words.length; k++) {
    const token = tokens[i + k];
    if (!sameWord(token.text, form.words[k], term, lemmas[i + k], form.lemmas[k])) return null;
    if (k > 0 && !sameGap(text.slice(tokens[i + k - 1].end, token.start), form.gaps[k - 1])) return null;
  }
  return i + form.words.length - 1;
}

function isPluralOf(token: string, word: string): boolean {
  const t = token.toLowerCase();
  const w = word.toLowerCase();
  return t !== w && /s$/.test(t) && !/s$/.test(w);
}

/** The head of a term is its words up to the first function word: "aprendizagem por prompts" → "aprendizagem". */
function pluralizeHead(phrase: string): string {
  const words = phrase.split(" ");
  const end = words.findIndex((w, i) => i > 0 && PORTUGUESE_FUNCTION_WORDS.has(w.toLowerCase()));
  const head = end === -1 ? words.length : end;
  return words.map((w, i) => (i < head ? pluralize(w) : w)).join(" ");
}

/** The preferred form as it should stand in place of `matched` (a match of `form`). */
export function renderReplacement(term: MatchableTerm, form: CompiledForm, matched: Token[]): string {
  if (term.type === "entity") return term.preferred;
  const headIndex = form.words.findIndex((w) => !PORTUGUESE_FUNCTION_WORDS.has(w.toLowerCase()));
  const head = headIndex === -1 ? 0 : headIndex;
  const plural = isPluralOf(matched[head].text, form.words[head]);
  const inflected = plural ? pluralizeHead(term.preferred) : term.preferred;
  return matchCase(matched[0].text, inflected);
}

function scan(forms: CompiledForm[], tokens: Token[], text: string, term: MatchableTerm): TermMatch[] {
  const matches: TermMatch[] = [];
  const lemmas = lemmasOf(tokens);
  for (let i = 0; i < tokens.length; i++) {
    for (const form of forms) {
      const last = matchAt(form, tokens, lemmas, i, text, term);
      if (last === null) continue;
      const start = tokens[i].start;
      const end = tokens[last].end;
      matches.push({ start, end, text: text.slice(start, end), form: form.form, replacement: renderReplacement(term, form, tokens.slice(i, last + 1)) });
      i = last;
      break;
    }
  }
  return matches;
}

/**
 * Occurrences of the entry's variants, the forms to replace. A variant inside an occurrence of the preferred
 * form ("Meituan" in a preferred "Meituan Dianping") is the preferred form, not a variant.
 */
export function findVariants(text: string, term: MatchableTerm, tokens: Token[] = tokenize(text)): TermMatch[] {
  const c = compile(term);
  if (c.variants.length === 0) return [];
  const found = scan(c.variants, tokens, text, term);
  if (found.length === 0) return found;
  const preferred = scan([c.preferred], tokens, text, term);
  return found.filter((m) => m.text !== term.preferred && !preferred.some((p) => p.start < m.end && m.start < p.end));
}
