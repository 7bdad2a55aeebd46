/** Word tokens with UTF-16 offsets, found in one regex pass (no Intl.Segmenter: it is ~30x slower and splits hyphenated words). */

export interface Token {
  start: number;
  end: number;
  text: string;
}

// Letters and digits, joined across internal hyphens and apostrophes ("anos-luz", "disse-lhe", "Xi'an").
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’‑][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    tokens.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return tokens;
}

/** Counts words without allocating tokens: the floor the benchmark compares against. */
export function countWords(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text) !== null) n++;
  return n;
}

const tokenCache = new WeakMap<object, Token[]>();

/** Tokens of a paragraph object, computed once however many checks ask for them. */
export function tokensOf(paragraph: { text: string }): Token[] {
  let tokens = tokenCache.get(paragraph);
  if (!tokens) {
    tokens = tokenize(paragraph.text);
    tokenCache.set(paragraph, tokens);
  }
  return tokens;
}

export function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const first = word[0];
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** "HKUST", "AI", "CEO": two or more capitals and no lower-case letter. */
export function isAcronym(word: string): boolean {
  return word.length >= 2 && /^[A-Z][A-Z0-9&]*[A-Z0-9]$/.test(word) && /[A-Z].*[A-Z]/.test(word);
}

/** A letter in upper case after the first one ("iFlytek", "ChatGPT", "MiniMax"): brand-like casing. */
export function hasInnerCapital(word: string): boolean {
  // Cheap pre-test first: this runs on every word of the article.
  return INNER_CAPITAL_CANDIDATE.test(word) && /^.+\p{Lu}/u.test(word) && /\p{Ll}/u.test(word);
}

const INNER_CAPITAL_CANDIDATE = /.[A-Z\u00C0-\u00DE]/;
