/** A phrase as the concordance looks it up: its words, in order, whatever the case and the punctuation between them. */
export interface Phrase {
  words: string[];
  pattern: RegExp;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

export function phraseWords(query: string): string[] {
  return query.normalize("NFC").match(WORD) ?? [];
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The same words in the same order, as the index's phrase query finds them: letters and digits decide,
 * what lies between words does not. Each gap is one run of non-word characters, so matching stays linear.
 */
export function parsePhrase(query: string): Phrase | null {
  const words = phraseWords(query);
  if (words.length === 0) return null;
  const body = words.map(escape).join("[^\\p{L}\\p{M}\\p{N}]+");
  return { words, pattern: new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${body}(?![\\p{L}\\p{M}\\p{N}])`, "giu") };
}

export interface Occurrence {
  start: number;
  end: number;
}

export function findOccurrences(text: string, phrase: Phrase): Occurrence[] {
  return [...text.matchAll(phrase.pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
