import allowList from "@/lib/lang/pt/pinyin-allow-list.json";
import { CHINESE_SURNAMES, ROMANISED_SURNAMES } from "@/lib/lang/pt/chinese-surnames";
import { segmentPinyin } from "@/lib/text/pinyin";
import type { Speller } from "@/lib/text/speller";

// The official names the data suggests are themselves correct ("Kunlun Tech").
const PLACES = new Set(allowList.places.map((s) => s.toLowerCase()));
const BRANDS = new Set([...allowList.brands, ...Object.values(allowList.knownPinyin)].map((s) => s.toLowerCase()));
const ALLOWED = new Set([...PLACES, ...BRANDS]);
const LOOKALIKES = new Set(allowList.words);
const KNOWN = new Map(Object.entries(allowList.knownPinyin).map(([k, v]) => [k.toLowerCase(), v]));

/** Established brand or place written in pinyin (whole word or phrase, any case). */
export function isAllowedName(phrase: string): boolean {
  return ALLOWED.has(phrase.toLowerCase());
}

/** Whether an allowed phrase is a place or a brand: a pinyin word after a city is a company's name ("Shenzhen Xinghe"). */
export function allowedKind(phrase: string): "place" | "brand" | undefined {
  const lower = phrase.toLowerCase();
  if (PLACES.has(lower)) return "place";
  if (BRANDS.has(lower)) return "brand";
  return undefined;
}

/** The official name of a known pinyin or misread form ("Xunfei" → "iFlytek"), if the data has it. */
export function officialNameOf(phrase: string): string | undefined {
  return KNOWN.get(phrase.toLowerCase());
}

export function isChineseSurname(word: string): boolean {
  return CHINESE_SURNAMES.has(word.toLowerCase());
}

/** A Chinese surname in pinyin or in another romanisation ("Ho", "Chan", "Hsu"). */
export function isRomanisedChineseSurname(word: string): boolean {
  const lower = word.toLowerCase();
  return CHINESE_SURNAMES.has(lower) || ROMANISED_SURNAMES.has(lower);
}

/**
 * A capitalised word written entirely in pinyin that is not an ordinary word of the text: "Guangnian", "Xunfei".
 * Returns its syllable count, or 0.
 */
export function pinyinNameSyllables(word: string, speller: Speller | null): number {
  if (!/^[A-Z][a-zü]+(?:['’][a-zü]+)?$/.test(word)) return 0;
  const syllables = segmentPinyin(word);
  if (!syllables) return 0;
  const lower = word.toLowerCase();
  if (LOOKALIKES.has(lower)) return 0;
  if (speller && (speller.correct(lower) || speller.correct(word))) return 0;
  return syllables.length;
}
