import { distance } from "fastest-levenshtein";
import { PORTUGUESE_FUNCTION_WORDS } from "@/lib/lang/pt/portuguese-function-words";
import { hasInnerCapital, isAcronym, isCapitalised, tokenize } from "@/lib/text/tokens";
import { isQuantityWord } from "./quantity-words";

/** Longer replacements are rewrites of a sentence, not a term. */
export const MAX_PHRASE_WORDS = 5;

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
/** Inside a term or a name: hyphens, apostrophes, "&", "/", "+"; a full stop only between letters or digits ("Qwen2.5"). */
const INNER_PUNCTUATION = /[-'’‑&/+]/u;
const SENTENCE_END = /[.!?…:;"“”«»]\s*$/;

export const isFunctionWord = (word: string) => PORTUGUESE_FUNCTION_WORDS.has(word.toLowerCase());
/** Written in lower case, a function word is grammar; capitalised inside a phrase, it is part of a name ("Ali Baba"). */
const isLowerFunctionWord = (word: string) => word === word.toLowerCase() && isFunctionWord(word);

export function words(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.text);
}

/**
 * Whole words with nothing but a term's own punctuation: it starts and ends on a letter or digit, cuts no
 * word of the text around it, and holds no comma, quote, bracket or sentence break ("» à fortuna" is not).
 */
export function isWholeWordSpan(text: string, start: number, end: number): boolean {
  const phrase = text.slice(start, end);
  if (!WORD_CHAR.test(phrase[0] ?? "") || !WORD_CHAR.test(phrase.at(-1) ?? "")) return false;
  if (WORD_CHAR.test(text[start - 1] ?? "") || WORD_CHAR.test(text[end] ?? "")) return false;
  for (let i = 0; i < phrase.length; i++) {
    const c = phrase[i];
    if (WORD_CHAR.test(c) || /\s/.test(c) || INNER_PUNCTUATION.test(c)) continue;
    if (c === "." && WORD_CHAR.test(phrase[i + 1] ?? "")) continue;
    return false;
  }
  return true;
}

/** A capital that is not just the start of a sentence, an acronym, or brand casing ("iFlytek"). */
export function isNameLike(phrase: string, textBefore: string): boolean {
  const sentenceStart = textBefore.trim() === "" || SENTENCE_END.test(textBefore);
  return tokenize(phrase).some((t, i) => isAcronym(t.text) || hasInnerCapital(t.text) || (isCapitalised(t.text) && (i > 0 || !sentenceStart)));
}

/** Every content word written as a name is ("Baidu", "Ernie Bot", "SenseTime"), wherever it stands. */
export function isProperForm(phrase: string): boolean {
  const content = words(phrase).filter((w) => !isFunctionWord(w));
  return content.length > 0 && content.every((w) => isCapitalised(w) || isAcronym(w) || hasInnerCapital(w));
}

/**
 * Does the replacement change a figure or a unit ("bilhões" → "mil milhões", "quilómetros" → "km")?
 * A name that keeps its number ("Qwen 2.5") does not.
 */
export function changesQuantity(from: string, to: string): boolean {
  const quantities = (phrase: string) => words(phrase).filter(isQuantityWord).map((w) => w.toLowerCase()).sort().join(" ");
  return quantities(from) !== quantities(to);
}

/** Words a letter or two apart ("escasso" → "escassa", "tecnlogia" → "tecnologia"): agreement or spelling, not a term. */
function isSlightRespelling(a: string, b: string): boolean {
  return Math.min(a.length, b.length) >= 4 && distance(a, b) <= 2;
}

/**
 * The shape of a glossary entry on both sides: a few words, a content word at each end, content words that
 * actually change (not only articles, casing, agreement or a typo) and no figure or unit converted.
 */
export function isTermShaped(from: string, to: string, { nameLike }: { nameLike: boolean }): boolean {
  const [a, b] = [words(from), words(to)];
  if (a.length === 0 || b.length === 0 || a.length > MAX_PHRASE_WORDS || b.length > MAX_PHRASE_WORDS) return false;
  if (from.toLowerCase() === to.toLowerCase()) return false;
  if ([a[0], a.at(-1)!, b[0], b.at(-1)!].some(isLowerFunctionWord)) return false;
  if (changesQuantity(from, to)) return false;
  const content = (list: string[]) => list.filter((w) => !isLowerFunctionWord(w) && !isQuantityWord(w)).map((w) => w.toLowerCase());
  const [ca, cb] = [content(a), content(b)];
  if (ca.length === 0 || cb.length === 0 || ca.join(" ") === cb.join(" ")) return false;
  // A name may lose a letter or a plural ("Huaying Capitais" → "Huaying Capital"); common words respelt so slightly are grammar or typos.
  if (!nameLike && ca.length === cb.length && ca.every((w, i) => w === cb[i] || isSlightRespelling(w, cb[i]))) return false;
  return true;
}
