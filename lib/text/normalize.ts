/**
 * Text normalisation applied to every import before splitting, so that offsets the flagger
 * computes later point into exactly the text that was stored.
 *
 * Decisions:
 * - Line endings become "\n"; U+2028/U+2029 become a line break / a blank line.
 * - Unicode NFC, so "ção" typed with combining marks matches the dictionary and the glossary.
 * - U+00A0 and U+202F (no-break spaces) are KEPT: Portuguese typography uses them on purpose
 *   ("US$ 230", "10 %"), and they never break word matching.
 * - Other width-variant spaces (U+2000–U+200A, U+3000 ideographic space, U+1680, U+205F) carry no
 *   such intent in scraped text and become a plain space.
 * - Invisible characters that silently break word and glossary matching are removed: zero-width
 *   space, word joiner, a stray BOM, soft hyphen. ZWJ/ZWNJ stay (emoji sequences, scripts need them).
 * - Trailing spaces and tabs on each line are trimmed; interior spacing is left alone because a
 *   doubled space or a space before a comma is itself a garble the reviewer should see.
 */

const ODD_SPACES = /[\u1680\u2000-\u200A\u205F\u3000]/g;
const INVISIBLES = /[\u200B\u2060\uFEFF\u00AD]/g;

export function normalizeText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/\u2028/g, "\n")
    .replace(/\u2029/g, "\n\n")
    .normalize("NFC")
    .replace(ODD_SPACES, " ")
    .replace(INVISIBLES, "")
    .split("\n")
    .map(withoutTrailingBlanks)
    .join("\n");
}

/** A scan from the line's end: /[ \t]+$/ retries from every blank of a long run and takes quadratic time. */
function withoutTrailingBlanks(line: string): string {
  let end = line.length;
  while (end > 0 && (line.charCodeAt(end - 1) === 0x20 || line.charCodeAt(end - 1) === 0x09)) end--;
  return end === line.length ? line : line.slice(0, end);
}

/** C0 and C1 control characters other than tab and line feed (CR is gone after normalisation). */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
const CONTROL_ALL = new RegExp(CONTROL.source, "g");

export interface ControlCharacterPosition {
  /** 1-based, as an editor shows them. */
  line: number;
  column: number;
  codePoint: number;
}

export function findControlCharacter(text: string): ControlCharacterPosition | null {
  const match = CONTROL.exec(text);
  if (!match) return null;
  const before = text.slice(0, match.index);
  const lineStart = before.lastIndexOf("\n") + 1;
  return {
    line: before.split("\n").length,
    column: match.index - lineStart + 1,
    codePoint: match[0].charCodeAt(0),
  };
}

export function countControlCharacters(text: string): number {
  return text.match(CONTROL_ALL)?.length ?? 0;
}

export function removeControlCharacters(text: string): string {
  return text.replace(CONTROL_ALL, "");
}
