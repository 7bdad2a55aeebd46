import { foldKey, nominalKey } from "@/lib/text/inflection";
import type { Token } from "@/lib/text/tokens";

/**
 * The shared word profile: each distinct word's forms (lower case, folded, inflection key) computed once per process,
 * and each paragraph's words looked up once however many checks and matchers read them.
 *
 * A paragraph's tokens are fresh strings; looking one up in a memo keyed by strings hashes it and compares it with the
 * memo's key character by character. Every matcher used to do that in its own memo (lemma, folded form, lower case) for
 * every word of every paragraph; now one lookup per word gives all of them, and the forms it gives are the same string
 * objects every time, so the tries and memos they are looked up in next compare them by identity.
 */
export interface WordForms {
  /** Small and dense, for per-word memos kept in arrays; valid while `wordEpoch()` is unchanged. */
  id: number;
  text: string;
  lower: string;
  /** `foldKey`: lower case without accents. */
  folded: string;
  /** `nominalKey`: tolerant of number, gender, case and accents. */
  nominal: string;
}

/** Bounds the table on a long-running server (a newsroom's vocabulary is far smaller). */
const MAX_WORDS = 200_000;
const table = new Map<string, WordForms>();
let epoch = 0;

/** Changes when the table is cleared and ids start again from 0: a memo indexed by id must then be emptied. */
export function wordEpoch(): number {
  return epoch;
}
const canonicals = new Map<string, string>();

/**
 * One string object per distinct key: the forms of words, and the keys tries are built from, are looked up in maps
 * whose keys then compare by identity, not character by character.
 */
export function canonical(key: string): string {
  const found = canonicals.get(key);
  if (found !== undefined) return found;
  if (canonicals.size >= MAX_WORDS * 2) canonicals.clear();
  canonicals.set(key, key);
  return key;
}

export function wordForms(text: string): WordForms {
  let forms = table.get(text);
  if (forms === undefined) {
    if (table.size >= MAX_WORDS) {
      table.clear();
      epoch++;
    }
    const lower = text.toLowerCase();
    forms = { id: table.size, text, lower: lower === text ? text : canonical(lower), folded: canonical(foldKey(text)), nominal: canonical(nominalKey(text)) };
    table.set(text, forms);
  }
  return forms;
}

const byTokens = new WeakMap<readonly Token[], { epoch: number; words: WordForms[] }>();

/** The forms of every token of a paragraph, once per token list (and again if the table was cleared since). */
export function wordsOf(tokens: readonly Token[]): WordForms[] {
  const cached = byTokens.get(tokens);
  if (cached !== undefined && cached.epoch === epoch) return cached.words;
  for (;;) {
    const at = epoch;
    const words = new Array<WordForms>(tokens.length);
    for (let i = 0; i < tokens.length; i++) words[i] = wordForms(tokens[i].text);
    // A clear in the middle of the paragraph left the first words with ids of the old table: once more.
    if (at !== epoch) continue;
    byTokens.set(tokens, { epoch, words });
    return words;
  }
}

/**
 * A per-word memo kept in an array indexed by word id: for facts a check looks up for every word of every paragraph
 * (its verdict, its replacement), one array read per word instead of a string-keyed lookup. `compute` must depend on
 * the word alone, and must not return undefined.
 */
export class WordMemo<V> {
  private values: (V | undefined)[] = [];
  private epoch = -1;

  constructor(private readonly compute: (word: WordForms) => V) {}

  get(word: WordForms): V {
    if (this.epoch !== epoch) {
      this.values = [];
      this.epoch = epoch;
    }
    let value = this.values[word.id];
    if (value === undefined) value = this.values[word.id] = this.compute(word);
    return value;
  }
}

/** Lower case from the word profile (a key function `keysOf` reads from the profile, not from a memo of its own). */
export function lowerKey(word: string): string {
  return wordForms(word).lower;
}
