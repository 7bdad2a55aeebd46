/**
 * Inline Markdown reduced to its text: raw tags, images, links, autolinks, code, emphasis, escapes and entities.
 * Scanners rather than regular expressions for everything with an opener and a closer: a regex retries every
 * unclosed opener ("<a<a<a…", "![![…", "**a **a …") from its own position to the end of the line, which takes
 * quadratic time on one long line. Each scanner below moves only forward.
 */
export function inlineMarkdown(text: string): string {
  let out = stripTags(text);
  out = stripBracketed(out, "![", "(", ")", false);
  out = stripBracketed(out, "[", "(", ")", true);
  out = stripBracketed(out, "[", "[", "]", true, true);
  out = unwrapAutolinks(out);
  out = out.replace(/`([^`]+)`/g, "$1");
  // Emphasis stays within a line, as "." in a regex would.
  out = out
    .split("\n")
    .map((line) => unwrapDelimited(unwrapDelimited(unwrapDelimited(line, ["~~"], false), ["**", "__"], false), ["*", "_"], true))
    .join("\n");
  return out
    .replace(/\\([\\`*_{}[\]()#+\-.!>~|])/g, "$1")
    .replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_, name: string) => ENTITIES[name])
    .replace(/&#(\d{2,7});/g, (entity, code: string) => (isPrintable(Number(code)) ? String.fromCodePoint(Number(code)) : entity));
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00A0" };

function isPrintable(codePoint: number): boolean {
  return codePoint >= 0x20 && codePoint <= 0x10ffff && !(codePoint >= 0x7f && codePoint <= 0x9f);
}

const isAsciiLetter = (c: string | undefined) => c !== undefined && ((c >= "a" && c <= "z") || (c >= "A" && c <= "Z"));

/** `<tag …>` and `</tag>` removed: a tag ends at the first ">", and once none is left no later "<" can close. */
function stripTags(text: string): string {
  let out = "";
  let from = 0;
  for (let at = text.indexOf("<"); at >= 0; at = text.indexOf("<", at + 1)) {
    const nameAt = text[at + 1] === "/" ? at + 2 : at + 1;
    if (!isAsciiLetter(text[nameAt])) continue;
    const close = text.indexOf(">", nameAt + 1);
    if (close < 0) break;
    out += text.slice(from, at);
    from = close + 1;
    at = close;
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * `open text ] mid target end`, as in `![alt](url)`, `[text](url)` and `[text][ref]`: removed, or replaced by its
 * text when `keepText`. The text and the target may not contain the character that ends them, so every opener
 * before the same "]" reaches it and fails alike: the scan resumes after it.
 */
function stripBracketed(text: string, open: string, mid: string, end: string, keepText: boolean, nonEmptyText = false): string {
  let out = "";
  let from = 0;
  let at = text.indexOf(open);
  while (at >= 0) {
    const textStart = at + open.length;
    const bracket = text.indexOf("]", textStart);
    if (bracket < 0) break;
    if (text[bracket + 1] !== mid || (nonEmptyText && bracket === textStart)) {
      // An empty text means this opener touches the "]": there is no other opener before it.
      at = text.indexOf(open, bracket + 1);
      continue;
    }
    const close = text.indexOf(end, bracket + 2);
    if (close < 0) break;
    out += text.slice(from, at) + (keepText ? text.slice(textStart, bracket) : "");
    from = close + 1;
    at = text.indexOf(open, from);
  }
  return from === 0 ? text : out + text.slice(from);
}

/** `<http://…>` and `<https://…>` unwrapped: the address runs to the first ">" or space. */
function unwrapAutolinks(text: string): string {
  let out = "";
  let from = 0;
  for (let at = text.indexOf("<http"); at >= 0; ) {
    const scheme = text.startsWith("<https://", at) ? 9 : text.startsWith("<http://", at) ? 8 : 0;
    if (scheme === 0) {
      at = text.indexOf("<http", at + 1);
      continue;
    }
    let end = at + scheme;
    while (end < text.length && text[end] !== ">" && !/\s/.test(text[end])) end++;
    if (text[end] === ">" && end > at + scheme) {
      out += text.slice(from, at) + text.slice(at + 1, end);
      from = end + 1;
      at = text.indexOf("<http", from);
    } else {
      // Every "<http" inside the address reaches the same end and fails alike.
      at = text.indexOf("<http", end);
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

function codePointBefore(text: string, at: number): string {
  const low = text.charCodeAt(at - 1);
  if (at >= 2 && low >= 0xdc00 && low <= 0xdfff) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(at - 2, at);
  }
  return text[at - 1];
}

function codePointAt(text: string, at: number): string {
  const cp = text.codePointAt(at);
  return cp === undefined ? "" : String.fromCodePoint(cp);
}

/**
 * Emphasis (`~~x~~`, `**x**`, `__x__`, and with `flanking`, `*x*` and `_x_` between non-word characters) replaced
 * by its content, leftmost first and shortest, as a lazy regex would: content starts and ends with a non-space.
 * The closers that satisfy their own conditions are listed once, so each opener finds its closer by moving a
 * pointer forward instead of scanning the rest of the line again.
 */
function unwrapDelimited(text: string, delimiters: readonly string[], flanking: boolean): string {
  const closers = new Map<string, number[]>();
  for (const delimiter of delimiters) closers.set(delimiter, closingPositions(text, delimiter, flanking));
  const pointers = new Map<string, number>(delimiters.map((d) => [d, 0]));
  let out = "";
  let from = 0;
  const firsts = new Set(delimiters.map((d) => d[0]));
  for (let at = 0; at < text.length; at++) {
    if (!firsts.has(text[at])) continue;
    const delimiter = delimiters.find((d) => text.startsWith(d, at));
    if (!delimiter || isSpace(text[at + delimiter.length]) || at + delimiter.length >= text.length) continue;
    if (flanking && at > 0) {
      // The character before the opener is part of the match, so it may not belong to the previous one.
      const before = codePointBefore(text, at);
      if (at - before.length < from || isFlankingWord(before)) continue;
    }
    const list = closers.get(delimiter)!;
    let p = pointers.get(delimiter)!;
    while (p < list.length && list[p] < at + delimiter.length + 1) p++;
    pointers.set(delimiter, p);
    if (p === list.length) continue;
    const close = list[p];
    out += text.slice(from, at) + text.slice(at + delimiter.length, close);
    from = close + delimiter.length;
    at = from - 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

function isFlankingWord(character: string): boolean {
  return character === "*" || character === "_" || WORD_CHARACTER.test(character);
}

function closingPositions(text: string, delimiter: string, flanking: boolean): number[] {
  const positions: number[] = [];
  for (let at = text.indexOf(delimiter, 1); at >= 0; at = text.indexOf(delimiter, at + 1)) {
    if (isSpace(text[at - 1])) continue;
    if (flanking && WORD_CHARACTER.test(codePointAt(text, at + delimiter.length))) continue;
    positions.push(at);
  }
  return positions;
}
