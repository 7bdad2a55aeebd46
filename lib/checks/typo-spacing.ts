import { z } from "zod";
import { makeFlag } from "./flag";
import type { Check } from "./types";
import type { Flag } from "@/lib/domain";

/** Spaces before , . ; : ! ? that end a clause (so ".NET" or " .5" are left alone). */
const SPACE_BEFORE_PUNCTUATION = /([\p{L}\p{M}\d%)"»”]+)([ \t\u00A0]+)([,.;:!?])(?=\s|$|["»”)])((?:[ \t]+)([\p{L}\p{M}\d]+))?/uy;
const RUN_CHARACTER = /[\p{L}\p{M}\d%)"»”]/u;
const BLANK = /[ \t\u00A0]/;
const MARK = /[ \t\u00A0][,.;:!?]/g;
const SPACED_MARK = /[ \t\u00A0][,.;:!?]/;
const DOUBLE_SPACE = /(?<=\S)[ \u00A0]{2,}(?=\S)/g;
/** "( cerca de 450 milhões )": the spaces a join of segments leaves inside brackets. */
const SPACE_INSIDE_BRACKETS = /\([ \t\u00A0]+(?=[^\s)])|(?<=[^\s(])[ \t\u00A0]+\)/g;

/**
 * The matches a global SPACE_BEFORE_PUNCTUATION would give, tried only where a spaced mark is: a global regex
 * starts again inside every long run of letters and takes quadratic time. Each mark's word and spaces are
 * found by walking back, and those walks never overlap (a mark is neither a letter nor a space).
 */
function* spacesBeforePunctuation(text: string): Generator<RegExpExecArray> {
  let consumed = 0;
  MARK.lastIndex = 0;
  for (let m = MARK.exec(text); m !== null; m = MARK.exec(text)) {
    let spaces = m.index + 1;
    while (spaces > consumed && BLANK.test(text[spaces - 1])) spaces--;
    let start = spaces;
    while (start > consumed && RUN_CHARACTER.test(codePointBefore(text, start))) start -= codePointBefore(text, start).length;
    if (start === spaces) continue;
    SPACE_BEFORE_PUNCTUATION.lastIndex = start;
    const match = SPACE_BEFORE_PUNCTUATION.exec(text);
    if (!match) continue;
    consumed = start + match[0].length;
    MARK.lastIndex = Math.max(MARK.lastIndex, consumed);
    yield match;
  }
}

function codePointBefore(text: string, at: number): string {
  const low = text.charCodeAt(at - 1);
  if (at >= 2 && low >= 0xdc00 && low <= 0xdfff) return text.slice(at - 2, at);
  return text[at - 1];
}

export const typoSpacing: Check = {
  id: "typo-spacing",
  title: "Misplaced space",
  description: "A space before , . ; : ! ? (a Chinese-style habit), inside brackets, or two spaces between words.",
  category: "Linguistic conventions",
  mqm: "Linguistic conventions / Punctuation",
  defaultSeverity: "minor",
  suggests: "always",
  exclusive: false,
  options: z.strictObject({}),
  messages: {
    "space-before": "Espaço antes de «{mark}».",
    "double-space": "Espaço duplo.",
    "space-inside-brackets": "Espaço dentro dos parênteses.",
  },
  examples: {
    bad: [{ text: "Não promoveu a tecnologia , mas é um investimento." }, { text: "O mercado  abrandou." }, { text: "A receita foi de 3,5 mil milhões de yuans (cerca de 450 milhões de euros )." }],
    good: [{ text: "Não promoveu a tecnologia, mas é um investimento." }, { text: "A versão .NET saiu; custa 0 .5 euros?" }],
  },
  run(paragraph) {
    const text = paragraph.text;
    const flags: Flag[] = [];
    // Cheap tests first: the patterns are slow to run over every word and rarely match.
    const spaced = SPACED_MARK.test(text) ? spacesBeforePunctuation(text) : [];
    for (const m of spaced) {
      const [whole, before, , mark, after = ""] = m;
      const fixed = `${before}${mark}${after}`;
      flags.push(makeFlag(typoSpacing, text, m.index, m.index + whole.length, "space-before", { mark }, [fixed]));
    }
    const doubled = text.includes("  ") || text.includes("\u00A0 ") || text.includes(" \u00A0") ? text.matchAll(DOUBLE_SPACE) : [];
    for (const m of doubled) {
      flags.push(makeFlag(typoSpacing, text, m.index, m.index + m[0].length, "double-space", {}, [" "], "info"));
    }
    const bracketed = text.includes("( ") || text.includes(" )") || text.includes("\u00A0)") || text.includes("(\u00A0") ? text.matchAll(SPACE_INSIDE_BRACKETS) : [];
    for (const m of bracketed) {
      flags.push(makeFlag(typoSpacing, text, m.index, m.index + m[0].length, "space-inside-brackets", {}, [m[0].trim()]));
    }
    return flags;
  },
};
