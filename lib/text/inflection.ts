/**
 * A small Portuguese normaliser for matching lexicon entries whatever their inflection.
 * It is not a lemmatiser: both the lexicon and the text go through the same reduction, so
 * only the keys need to agree ("necessidades justas" and "necessidade justa" → "necessidad just").
 */

import { NOT_PLURALS } from "@/lib/lang/pt/words-ending-in-s";

const ACCENTS = /\p{M}/gu;
// A word joins its parts with the typewriter apostrophe or the typographic one, a hyphen or a non-breaking one:
// "Chang’an" and "Chang'an" are one spelling.
const JOINERS = /[’‘‑]/g;
const JOINER_OF: Record<string, string> = { "’": "'", "‘": "'", "‑": "-" };
const plainJoiners = (word: string) => word.replace(JOINERS, (c) => JOINER_OF[c]);

export function stripAccents(word: string): string {
  return word.normalize("NFD").replace(ACCENTS, "").normalize("NFC");
}

const folded = new Map<string, string>();

/** Lower case without accents, memoised per word: NFD normalisation is the costliest step of matching a word. */
export function foldKey(word: string): string {
  let key = folded.get(word);
  if (key === undefined) {
    key = plainJoiners(stripAccents(word.toLowerCase()));
    if (folded.size > 100_000) folded.clear();
    folded.set(word, key);
  }
  return key;
}

/** Plural endings first, longest first; each maps to the singular ending. */
const PLURAL_RULES: [RegExp, string][] = [
  [/(?:oes|aes|aos)$/, "ao"],
  [/ais$/, "al"],
  [/eis$/, "el"],
  [/ois$/, "ol"],
  [/uis$/, "ul"],
  [/ns$/, "m"],
  [/([rzs])es$/, "$1"],
  [/([^s])s$/, "$1"],
];

/** The first plural rule that fits, applied: the number half of both keys. */
function singular(key: string): string {
  const rule = PLURAL_RULES.find(([pattern]) => pattern.test(key));
  return rule ? key.replace(rule[0], rule[1]) : key;
}

/** Gender and the noun/adjective vowel: "justa", "justo", "juste" all reduce to "just". */
const FINAL_VOWEL = /(?<=\p{L}{2})[aoe]$/u;

const nominalCache = new Map<string, string>();

/** Key of a noun or adjective, tolerant of number, gender, case and accents. */
export function nominalKey(word: string): string {
  let key = nominalCache.get(word);
  if (key !== undefined) return key;
  key = plainJoiners(stripAccents(word.toLowerCase()));
  if (key.length > 3 && !NOT_PLURALS.has(key)) key = singular(key).replace(FINAL_VOWEL, "");
  if (nominalCache.size > 100_000) nominalCache.clear();
  nominalCache.set(word, key);
  return key;
}

const numberCache = new Map<string, string>();

/**
 * Key tolerant of number, case and accents but not of gender: «revisto» is not «revista», «caso» is not «casa».
 * For the context words of the lexicon, where a folded vowel turns one noun into another.
 */
export function numberKey(word: string): string {
  let key = numberCache.get(word);
  if (key !== undefined) return key;
  key = plainJoiners(stripAccents(word.toLowerCase()));
  // A stressed «-ês» is a singular («chinês», «português»), not the plural of «chine».
  if (key.length > 3 && !NOT_PLURALS.has(key) && !/ês$/i.test(word)) key = singular(key);
  if (numberCache.size > 100_000) numberCache.clear();
  numberCache.set(word, key);
  return key;
}

/** Adjectives and agent nouns, whose feminine is the same word: «económico/económica», «investidor/investidora», «chinês/chinesa». */
const GENDERED: [RegExp, (key: string) => string][] = [
  [/(?:ic|iv|os|ari|eir|an|ad|id|ent|ori|in|al|ir|nt)o$/, (key) => key.slice(0, -1) + "a"],
  [/(?:ic|iv|os|ari|eir|an|ad|id|ent|ori|in|al|ir|nt)a$/, (key) => key.slice(0, -1) + "o"],
  [/or$/, (key) => key + "a"],
  [/ora$/, (key) => key.slice(0, -1)],
  [/es$/, (key) => key + "a"],
  [/esa$/, (key) => key.slice(0, -1)],
];

/** A number key and, for an adjective or an agent noun, its other gender's. */
export function genderedKeys(key: string): string[] {
  const rule = GENDERED.find(([pattern]) => pattern.test(key));
  return rule ? [key, rule[1](key)] : [key];
}

/** Plural of a Portuguese noun or adjective, for generating the forms of a word list. */
export function pluralize(word: string): string {
  // Compounds inflect their head: "casa de banho" → "casas de banho".
  const space = word.indexOf(" ");
  if (space > 0) return pluralize(word.slice(0, space)) + word.slice(space);
  // A stressed final syllable takes -es ("mês" → "meses", "país" → "países"); an unstressed one is invariant ("ônibus").
  if (/[êé]s$/.test(word)) return word.slice(0, -2) + "eses";
  if (/[áâ]s$/.test(word)) return word.slice(0, -2) + "ases";
  if (/[óô]s$/.test(word)) return word.slice(0, -2) + "oses";
  if (/ís$/.test(word)) return word + "es";
  if (/[sx]$/.test(word)) return word;
  if (/ão$/.test(word)) return word.replace(/ão$/, "ões");
  if (/[aeiouáéíóúâêô]$/.test(word)) return word + "s";
  if (/m$/.test(word)) return word.replace(/m$/, "ns");
  if (/[rz]$/.test(word)) return word + "es";
  if (/al$/.test(word)) return word.replace(/al$/, "ais");
  if (/el$/.test(word)) return word.replace(/el$/, "éis");
  if (/ol$/.test(word)) return word.replace(/ol$/, "óis");
  if (/ul$/.test(word)) return word.replace(/ul$/, "uis");
  if (/il$/.test(word)) return word.replace(/il$/, "is");
  return word + "s";
}

const FEMININE_MODEL = /(?:a|ção|são|dade|agem|tude)$/;

function isPlural(lower: string): boolean {
  return /[aeoãõ]s$/.test(lower);
}

/** `noun` in the number of `model`: ("segmento", "pistas") → "segmentos". */
export function numberLike(noun: string, model: string): string {
  return isPlural(model.toLowerCase()) ? pluralize(noun) : noun;
}

/** `adjective` (masculine singular) in the number and gender of `model`: ("próprio", "operações") → "próprias". */
export function agreeWith(adjective: string, model: string): string {
  const lower = model.toLowerCase();
  const singular = isPlural(lower) ? lower.replace(/(?:ões|ães)$/, "ão").replace(/(?<=[rz])es$/, "").replace(/s$/, "") : lower;
  const gendered = FEMININE_MODEL.test(singular) ? adjective.replace(/^(\S*[^ã\s])o(?=\s|$)/, "$1a") : adjective;
  return numberLike(gendered, model);
}
