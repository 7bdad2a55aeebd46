import { z } from "zod";
import { calqueConcepts, expandRendering, type CalqueConcept } from "@/lib/lang/pt/calque-lexicon";
import { matchCase } from "@/lib/text/case";
import { agreeWith, foldKey, genderedKeys, nominalKey, numberKey, numberLike } from "@/lib/text/inflection";
import { keysOf, PhraseTrie, type PhraseWord } from "@/lib/text/phrase-trie";
import { tokenize, tokensOf, type Token } from "@/lib/text/tokens";
import { makeFlag } from "./flag";
import type { Check } from "./types";

function phraseWord(alternatives: string[]): PhraseWord {
  const keys: string[] = [];
  const prefixes: string[] = [];
  for (const alternative of alternatives) {
    if (alternative.endsWith("*")) prefixes.push(foldKey(alternative.slice(0, -1)));
    else keys.push(nominalKey(alternative));
  }
  return { keys, prefixes };
}

/** Words of one term may be separated by spaces, quotes, commas and dashes (at most four), never by a sentence or clause end. */
const JOINING = new Set([..." \t\u00a0\"“”«»'‘’,-"]);

function joins(text: string, from: number, to: number): boolean {
  if (to - from > 4) return false;
  for (let i = from; i < to; i++) if (!JOINING.has(text[i])) return false;
  return true;
}

interface CompiledContext {
  requires: string[][];
  excludes: string[][];
  notFollowedBy: string[][];
  notPrecededBy: string[][];
}

interface Compiled {
  concept: CalqueConcept;
  context: CompiledContext | null;
}

/**
 * A context phrase's keys by number only («revista» must not exclude «revisto», nor «casa» «caso»); a one-word
 * adjective or agent noun stands for both genders («económico» requires «económica» too).
 */
function keysOfPhrase(phrase: string): string[][] {
  const keys = tokenize(phrase).map((t) => numberKey(t.text));
  return keys.length === 1 ? genderedKeys(keys[0]).map((key) => [key]) : [keys];
}

function compileContext(concept: CalqueConcept): CompiledContext | null {
  const c = concept.context;
  if (!c) return null;
  return {
    requires: c.requires.flatMap(keysOfPhrase),
    excludes: c.excludes.flatMap(keysOfPhrase),
    notFollowedBy: c.notFollowedBy.flatMap(keysOfPhrase),
    notPrecededBy: c.notPrecededBy.flatMap(keysOfPhrase),
  };
}

/** Compiles concepts into one trie of every rendering. */
function compileLexicon(concepts: readonly CalqueConcept[]): PhraseTrie<Compiled> {
  const trie = new PhraseTrie<Compiled>({
    keyOf: nominalKey,
    prefixOf: foldKey,
    joins,
  });
  for (const concept of concepts) {
    const value = { concept, context: compileContext(concept) };
    for (const rendering of concept.renderings) {
      for (const sequence of expandRendering(rendering, concept.anyOrder)) trie.add(sequence.map(phraseWord), value);
    }
  }
  return trie;
}

/** Fills "{n}" with the n-th matched word, "{n:nome}" with nome in its number, "{n=adjetivo}" agreeing in number and gender. */
function fillSuggestion(template: string, matched: Token[]): string {
  return template.replace(/\{(\d)(?:([:=])([^}]+))?\}/g, (_, n: string, mode?: string, word?: string) => {
    const model = matched[Number(n) - 1]?.text ?? "";
    if (word === undefined) return model;
    return mode === "=" ? agreeWith(word, model) : numberLike(word, model);
  });
}

/** A paragraph's keys as an array (for phrases and neighbours) and a set (for the long word lists of context rules). */
interface ParagraphKeys {
  list: string[];
  set: Set<string>;
}

function containsPhrase(keys: ParagraphKeys, phrase: string[]): boolean {
  if (!keys.set.has(phrase[0])) return false;
  if (phrase.length === 1) return true;
  const { list } = keys;
  for (let i = 0; i + phrase.length <= list.length; i++) if (phrase.every((k, j) => list[i + j] === k)) return true;
  return false;
}

function startsWithPhrase(keys: string[], at: number, phrase: string[]): boolean {
  return phrase.every((k, j) => keys[at + j] === k);
}

function contextAllows(context: CompiledContext, keys: ParagraphKeys, first: number, last: number): boolean {
  if (context.requires.length > 0 && !context.requires.some((p) => containsPhrase(keys, p))) return false;
  if (context.excludes.some((p) => containsPhrase(keys, p))) return false;
  if (context.notFollowedBy.some((p) => startsWithPhrase(keys.list, last + 1, p))) return false;
  if (context.notPrecededBy.some((p) => first - p.length >= 0 && startsWithPhrase(keys.list, first - p.length, p))) return false;
  return true;
}

export const calque: Check = {
  id: "calque",
  title: "Calque from Chinese",
  description:
    "Chinese jargon translated word for word (刚需 \"necessidade justa\", 朋友圈 \"círculo de amigos\", 赛道 \"pista de corrida\", 落地 \"desembarque\", 割韭菜 \"cortar o alho-porro\"), " +
    "from the lexicon in lib/lang/pt/calques/ (business, technology, internet slang, finance and crypto, government, set phrases and news formulae), matched whatever the inflection, number or word order.",
  category: "Accuracy",
  mqm: "Accuracy / Mistranslation",
  defaultSeverity: "major",
  suggests: "always",
  exclusive: false,
  options: z.strictObject({}),
  messages: {
    literal: "Decalque do chinês {zh}: {gloss}.",
  },
  examples: {
    bad: [
      { text: "Para algumas empresas, a IA tornou-se uma necessidade justa." },
      { text: "Os dois investidores discutiram no círculo de amigos sobre isso." },
    ],
    good: [
      { text: "Para algumas empresas, a IA tornou-se uma necessidade essencial." },
      { text: "A divulgação científica é uma decisão justa." },
    ],
  },
  run(paragraph, context) {
    if (paragraph.kind === "boilerplate") return [];
    const text = paragraph.text;
    const tokens = tokensOf(paragraph);
    return findCalques(text, tokens).map(({ concept, first, last }) => {
      const matched = tokens.slice(first, last + 1);
      const suggestions = concept.suggest[context.locale].map((s) => matchCase(tokens[first].text, fillSuggestion(s, matched)));
      return makeFlag(calque, text, tokens[first].start, tokens[last].end, "literal", { zh: concept.zh, gloss: concept.gloss }, suggestions, concept.severity);
    });
  },
};

export interface CalqueMatch {
  concept: CalqueConcept;
  /** Token indices of the first and last matched word. */
  first: number;
  last: number;
}

export type CalqueFinder = (text: string, tokens?: Token[]) => CalqueMatch[];

/** A finder over the given concepts: leftmost-longest matches, context rules applied. */
export function calqueFinder(concepts: readonly CalqueConcept[]): CalqueFinder {
  let trie: PhraseTrie<Compiled> | null = null;
  return (text, tokens = tokenize(text)) => findWith((trie ??= compileLexicon(concepts)), text, tokens);
}

/** The shipped lexicon's concepts in a text (compiled once per process, on first use). */
export const findCalques: CalqueFinder = calqueFinder(calqueConcepts());

function findWith(trie: PhraseTrie<Compiled>, text: string, tokens: Token[]): CalqueMatch[] {
  const matches = trie.findAll(text, tokens);
  if (matches.length === 0) return [];
  let keys: ParagraphKeys | null = null;
  const found: CalqueMatch[] = [];
  let coveredUntil = -1;
  for (const { first, last, value } of matches) {
    if (first <= coveredUntil) continue;
    if (value.context) {
      if (!keys) {
        const list = keysOf(tokens, numberKey);
        keys = { list, set: new Set(list) };
      }
      if (!contextAllows(value.context, keys, first, last)) continue;
    }
    found.push({ concept: value.concept, first, last });
    coveredUntil = last;
  }
  return found;
}
