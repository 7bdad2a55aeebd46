import { eld } from "eld/small";
import { z } from "zod";
import anglicisms from "@/lib/lang/pt/anglicisms.json";
import { ENGLISH_WORDS, looksEnglish } from "@/lib/lang/pt/english-words";
import { isRomanisedChineseSurname } from "@/lib/checks/pinyin-lexicon";
import { isFirmName, isOrgWord, NAME_CONNECTORS } from "@/lib/lang/pt/org-words";
import { PORTUGUESE_FUNCTION_WORDS } from "@/lib/lang/pt/portuguese-function-words";
import { optionsOf } from "@/lib/checks/context";
import { isInsideKnownEntity } from "@/lib/checks/entity-index";
import { makeFlag } from "@/lib/checks/flag";
import englishNames from "@/lib/lang/pt/english-names.json";
import people from "@/lib/lang/pt/person-names.json";
import type { Check } from "@/lib/checks/types";
import { isCapitalised, tokensOf, type Token } from "@/lib/text/tokens";
import { WordMemo, wordsOf } from "@/lib/text/words";
import type { Flag } from "@/lib/domain";
import type { Speller } from "@/lib/text/speller";

eld.setLanguageSubset(["pt", "en", "es", "fr", "it", "de"]);

const ACCEPTED_WORDS = new Set(anglicisms.words);
const ACCEPTED_PHRASES = new Set(anglicisms.phrases);
// English compounds whose numeral alone was translated ("dois Wheel Drive" for two-wheel drive).
// "um"/"uma" are left out: before a name they are the article ("um Smart Cockpit").
const NUMERALS = new Set(["dois", "duas", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez"]);
const ASCII_WORD = /^[A-Za-z]+(?:['’-][A-Za-z]+)*$/;
const SENTENCE = /[^.!?…\n]+[.!?…]*/g;

type Kind = "listed" | "shaped" | "none";

// Articles repeat few distinct words: each is judged once per pair of spellers, in a memo indexed by the word
// profile's ids (an array read per word, not a string-keyed lookup).
const verdicts = new WeakMap<object, WeakMap<object, WordMemo<Kind>>>();
const NO_SPELLER = {};

function memoFor(speller: Speller | null, english: Speller | null): WordMemo<Kind> {
  let byEnglish = verdicts.get(speller ?? NO_SPELLER);
  if (!byEnglish) verdicts.set(speller ?? NO_SPELLER, (byEnglish = new WeakMap()));
  let memo = byEnglish.get(english ?? NO_SPELLER);
  if (!memo) byEnglish.set(english ?? NO_SPELLER, (memo = new WordMemo((word) => judge(word.text, speller, english))));
  return memo;
}

function judge(word: string, speller: Speller | null, english: Speller | null): Kind {
  if (!ASCII_WORD.test(word)) return "none";
  const lower = word.toLowerCase();
  if (PORTUGUESE_FUNCTION_WORDS.has(lower)) return "none";
  // A word Portuguese also has ("digital", "real", "super") proves nothing about the language of its neighbours.
  if (speller !== null && word === lower && lower.length > 3 && speller.correct(lower)) return "none";
  if (ENGLISH_WORDS.has(lower)) return "listed";
  // In the English dictionary and not in the Portuguese one: "moon", "preview", "dive".
  if (english !== null && speller !== null && lower.length >= 3 && english.correct(lower) && !speller.correct(lower) && !speller.correct(word)) return "shaped";
  if (!looksEnglish(lower) || (speller !== null && speller.correct(lower))) return "none";
  return "shaped";
}

const OPTIONS = z.strictObject({
  /** A shorter sentence is judged word run by word run: language identification is unreliable on a few words. */
  minSentenceWords: z.number().int().min(2).default(6),
});

export const englishLeft: Check<z.infer<typeof OPTIONS>> = {
  id: "english-left",
  title: "English left in Portuguese",
  description:
    "Runs of two or more English words, and whole English sentences, inside Portuguese text, except brand names and " +
    "anglicisms accepted in Portuguese journalism. Running text is major; an English name is minor.",
  category: "Accuracy",
  mqm: "Accuracy / Untranslated",
  defaultSeverity: "major",
  suggests: "never",
  exclusive: false,
  options: OPTIONS,
  messages: {
    name: "«{found}» é um nome inglês deixado no texto português: use o nome oficial em português, se o houver.",
    words: "«{found}» é inglês por traduzir.",
    sentence: "Esta frase está em inglês: traduza-a ou, se for texto do site, marque o parágrafo como texto do site (boilerplate).",
    possessive: "«{found}» é um genitivo inglês («'s») deixado no texto: em português, «o {owned} da {owner}».",
  },
  examples: {
    bad: [
      { text: "Zhang Yitian, do National Speech Innovation Center, falou." },
      { text: "O objetivo é alcançar dois Wheel Drive na indústria." },
      { text: "Ele conseguiu um straight flush na última mão." },
      { text: "A entrevista saiu no Tencent News' Dive ontem." },
      { text: "Leia mais: This page may contain third-party content, which is provided for information purposes only." },
      { text: "O carro traz um Smart Cockpit com três ecrãs." },
      { text: "A Beijing Municipal Commission of Housing and Urban-Rural Development publicou as regras." },
    ],
    good: [
      { text: "A startup contratou um CEO com experiência em marketing e venture capital." },
      { text: "A Moonshot AI e a Mistral AI usam big data e machine learning." },
      { text: "Os autores Kenneth Stanley e Joel Lehman escrevem sobre isso." },
      { text: "A Fosun comprou o Bison Bank em 2018." },
      { text: "A Didi escolheu Wall Street; o Made in China mudou; investiu a Hopu Investment Management." },
      { text: "Investiram a Suzhou Urban Investment Company e a Suzhou High-Speed Rail New City Group." },
      { text: "O magnata Stanley Ho Hung Sun fundou a SJM e o Hotel Sun Sun." },
      { text: "A BYD (Build Your Dreams) e a Great Wall Motors (GWM) fabricam no Brasil." },
      { text: "A Luna Foundation Guard (LFG) propôs uma nova cadeia." },
      { text: "O modelo de negócio das empresas mudou." },
    ],
  },
  run(paragraph, context) {
    const { minSentenceWords } = optionsOf(englishLeft, context);
    const text = paragraph.text;
    const tokens = tokensOf(paragraph);
    const flags: Flag[] = [];
    const memo = memoFor(context.speller, context.english);
    const kinds = wordsOf(tokens).map((w) => memo.get(w));
    const covered = flagEnglishSentences(text, tokens, kinds, flags, minSentenceWords);
    for (let i = 0; i < tokens.length; i++) {
      if (kinds[i] === "none" || tokens[i].start < covered) continue;
      let j = i;
      while (j + 1 < tokens.length && kinds[j + 1] !== "none" && text.slice(tokens[j].end, tokens[j + 1].start) === " ") j++;
      let first = i;
      let last = j;
      i = j;
      // Accepted anglicisms at the edges belong to the Portuguese sentence ("o site SimilarWeb").
      while (first <= last && ACCEPTED_WORDS.has(tokens[first].text)) first++;
      while (last >= first && ACCEPTED_WORDS.has(tokens[last].text)) last--;
      const run = tokens.slice(first, last + 1);
      const runKinds = kinds.slice(first, last + 1);
      if (run.length < 2 || isAccepted(run)) continue;
      // A known misrendering ("Face Book") is the entity check's flag, with the established name.
      if (isInsideKnownEntity(paragraph, context, run[0].start, run[run.length - 1].end)) continue;
      const isName = run.every((t) => isCapitalised(t.text) || NAME_CONNECTORS.has(t.text.toLowerCase()));
      if (isName && isNameKeptAsWritten(text, tokens, first, last)) continue;
      // A capitalised run only counts when every word is a known English word: "Kenneth Stanley" is a person.
      if (isName && runKinds.some((k) => k !== "listed") && !isEnglishName(run, context)) continue;
      const previous = tokens[first - 1];
      const numeral = isName && previous && NUMERALS.has(previous.text.toLowerCase()) && text.slice(previous.end, run[0].start) === " ";
      const start = numeral ? previous.start : run[0].start;
      const found = text.slice(start, run[run.length - 1].end);
      flags.push(
        isName && !numeral
          ? makeFlag(englishLeft, text, start, run[run.length - 1].end, "name", { found }, [], "minor")
          : makeFlag(englishLeft, text, start, run[run.length - 1].end, "words", { found }),
      );
    }
    if (text.includes("'") || text.includes("’")) flagPossessives(paragraph, context, flags);
    return flags.sort((a, b) => a.start - b.start);
  },
};

/** "Tencent News' Dive", "Alibaba's Qwen": an English genitive between two names, which Portuguese never writes. */
const POSSESSIVE = /(\p{L}+(?:s['’]|['’]s)) (\p{Lu}[\p{L}\d-]*(?: \p{Lu}[\p{L}\d-]*)*)/gu;

function flagPossessives(paragraph: Parameters<Check["run"]>[0], context: Parameters<Check["run"]>[1], flags: Flag[]) {
  const text = paragraph.text;
  for (const m of text.matchAll(POSSESSIVE)) {
    const ownerEnd = m.index + m[1].length;
    // Brands spelt with their genitive ("Sotheby's", "McDonald's") are names, not grammar.
    if (isInsideKnownEntity(paragraph, context, m.index, ownerEnd) || ENGLISH_NAMES.has(m[1].toLowerCase()) || flags.some((f) => f.start < ownerEnd && m.index < f.end)) continue;
    const owner = m[1].replace(/['’]s?$/, "");
    flags.push(makeFlag(englishLeft, text, m.index, m.index + m[0].length, "possessive", { found: m[0], owner, owned: m[2] }, [], "minor"));
  }
}

/**
 * English-looking names Portuguese keeps as they are: a name spelt out beside its acronym, a Cantonese given name
 * after its surname or a doubled syllable ("Stanley Ho Hung Sun", "Hotel Sun Sun"), a firm's English name, and the
 * English names Portuguese news writes as they are ("Wall Street").
 */
function isNameKeptAsWritten(text: string, tokens: Token[], first: number, last: number): boolean {
  const run = tokens.slice(first, last + 1);
  if (expandsAcronym(text, tokens, first, last) || isSurnameBefore(tokens[first - 1]?.text ?? "")) return true;
  if (ENGLISH_NAMES.has(run.map((t) => t.text).join(" ").toLowerCase())) return true;
  return (run.length === 2 && run[0].text === run[1].text) || isFirmName(run.map((t) => t.text));
}

const initialsOf = (words: Token[]) => words.filter((t) => !NAME_CONNECTORS.has(t.text.toLowerCase())).map((t) => t.text[0]).join("").toUpperCase();

/**
 * "BYD (Build Your Dreams)", "Great Wall Motors (GWM)": a name spelt out beside its acronym is the name itself,
 * also when its first words are not English and so outside the run ("Luna Foundation Guard (LFG)").
 */
function expandsAcronym(text: string, tokens: Token[], first: number, last: number): boolean {
  const initials = initialsOf(tokens.slice(first, last + 1));
  if (initials.length < 2) return false;
  const before = /([A-Z][A-Z0-9]{1,5}) \($/.exec(text.slice(Math.max(0, tokens[first].start - 9), tokens[first].start))?.[1];
  const after = /^ \(([A-Z][A-Z0-9]{1,5})\)/.exec(text.slice(tokens[last].end, tokens[last].end + 10))?.[1];
  if (before === initials || after === initials) return true;
  if (!after?.endsWith(initials)) return false;
  let lead = after.slice(0, after.length - initials.length);
  for (let i = first - 1; lead.length > 0 && i >= 0; i--) {
    const word = tokens[i].text;
    if (text.slice(tokens[i].end, tokens[i + 1].start) !== " " || !isCapitalised(word)) return false;
    if (NAME_CONNECTORS.has(word.toLowerCase())) continue;
    if (word[0].toUpperCase() !== lead[lead.length - 1]) return false;
    lead = lead.slice(0, -1);
  }
  return lead.length === 0;
}

/** "Ho" before "Hung Sun"; an acronym ("AI Agent Open Alliance") is never a surname. */
function isSurnameBefore(word: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(word) && isRomanisedChineseSurname(word);
}

const PERSON_WORDS = new Set([...people.given, ...people.surnames]);
const ENGLISH_NAMES = new Set(englishNames.names.map((n) => n.toLowerCase()));

/**
 * A capitalised run of English words that is not a person: an institution or a title the translation left in
 * English ("Longgang District Emergency Management Bureau", "Risk Warning"). Words Portuguese has too do not count.
 */
function isEnglishName(run: Token[], context: Parameters<Check["run"]>[1]): boolean {
  const { english, speller } = context;
  if (!english || !speller || run.length < 2 || ENGLISH_NAMES.has(run.map((t) => t.text).join(" ").toLowerCase())) return false;
  // Two words ending in an organisation word are the firm's own name ("Bison Bank"); "Smart Cockpit" is a term left in English.
  if (run.length === 2 && isOrgWord(run[1].text)) return false;
  if (run.some((t) => PERSON_WORDS.has(t.text))) return false;
  const englishOnly = run.filter((t) => {
    const lower = t.text.toLowerCase();
    return english.correct(lower) && !speller.correct(lower);
  }).length;
  return englishOnly >= 2 && englishOnly * 2 >= run.length;
}

function isAccepted(run: Token[]): boolean {
  const words = run.map((t) => t.text.toLowerCase());
  return ACCEPTED_PHRASES.has(words.join(" ")) || words.every((w) => ACCEPTED_WORDS.has(w));
}

/**
 * Whole English sentences are one flag rather than many fragments. The language identifier only runs on
 * sentences where English words are already frequent, so Portuguese prose costs nothing. Returns the offset up
 * to which the text is covered.
 */
function flagEnglishSentences(text: string, tokens: Token[], kinds: Kind[], flags: Flag[], minWords: number): number {
  if (kinds.filter((k) => k !== "none").length < 3) return 0;
  let covered = 0;
  let t = 0;
  SENTENCE.lastIndex = 0;
  for (let m = SENTENCE.exec(text); m !== null; m = SENTENCE.exec(text)) {
    const end = m.index + m[0].length;
    let words = 0;
    let hits = 0;
    for (; t < tokens.length && tokens[t].start < end; t++) {
      words++;
      // Lower-case English words only: a list of English company names is not an English sentence.
      const word = tokens[t].text;
      if (kinds[t] !== "none" && !isCapitalised(word) && !ACCEPTED_WORDS.has(word)) hits++;
    }
    if (words < minWords || hits * 2 < words) continue;
    const sentence = m[0].trim();
    const result = eld.detect(sentence);
    if (result.language !== "en" || !result.isReliable()) continue;
    const start = m.index + m[0].indexOf(sentence);
    flags.push(makeFlag(englishLeft, text, start, start + sentence.length, "sentence"));
    covered = start + sentence.length;
  }
  return covered;
}
