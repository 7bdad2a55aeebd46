/**
 * Matches of a regex that must not start right after a letter, found without a leading lookbehind.
 *
 * `(?<![\p{L}\p{M}])(?:de|em|…) …` makes the regex engine try the lookbehind at every position of the text, and it
 * then skips none of them quickly: on this project's paragraphs such a pattern cost two to three times the same
 * pattern without it. `matchesNotAfter(pattern, text, BEFORE)` gives the very matches of `(?<!BEFORE)pattern`: the
 * engine finds the leftmost match of `pattern` from a position, the character before it is tested here, and a
 * refused start is retried from the next code point (a lookbehind at the start does not change what the rest of
 * the pattern matches from a given start).
 */

/** The code point that ends at `index` in `text`, as a string (a surrogate pair is one code point). */
function codePointBefore(text: string, index: number): string {
  const low = text.charCodeAt(index - 1);
  if (index >= 2 && low >= 0xdc00 && low <= 0xdfff) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(index - 2, index);
  }
  return text[index - 1];
}

function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode) return index + 1;
  const high = text.charCodeAt(index);
  if (high >= 0xd800 && high <= 0xdbff && index + 1 < text.length) {
    const low = text.charCodeAt(index + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return index + 2;
  }
  return index + 1;
}

/**
 * `pattern` must be global and match no empty string; `before` tests one code point (anchored, e.g.
 * /^[\p{L}\p{M}]$/u). Yields what `text.matchAll(/(?<!before)pattern/)` yields.
 */
export function* matchesNotAfter(pattern: RegExp, text: string, before: RegExp): Generator<RegExpExecArray> {
  // The pattern itself, not a copy as matchAll makes (a copy per call per paragraph): a caller must finish one scan
  // before starting another with the same pattern.
  const regex = pattern;
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    if (m.index > 0 && before.test(codePointBefore(text, m.index))) {
      regex.lastIndex = nextIndex(text, m.index, regex.unicode);
      continue;
    }
    yield m;
  }
}

/** One code point that is a letter or a combining mark. */
export const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
/** One code point that is a letter. */
export const LETTER = /^\p{L}$/u;
