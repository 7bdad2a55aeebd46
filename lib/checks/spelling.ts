import { distance } from "fastest-levenshtein";
import { z } from "zod";
import { namesOfParagraph } from "@/lib/checks/context";
import { isKnownName } from "@/lib/checks/entity-index";
import domainWords from "@/lib/lang/pt/domain-words.json";
import { tokensOf } from "@/lib/text/tokens";
import anglicisms from "@/lib/lang/pt/anglicisms.json";
import { ENGLISH_WORDS, looksEnglish } from "@/lib/lang/pt/english-words";
import { makeFlag } from "./flag";
import { isOtherVariantWord } from "./locale-variant";
import type { Check } from "./types";
import type { Flag, Locale } from "@/lib/domain";
import type { GlossaryTerm } from "@/lib/glossary/types";
import type { Speller } from "@/lib/text/speller";
import { agreementForm, variantSpellings } from "@/lib/text/variant-spelling";

/** Web addresses and e-mails: their parts are not words. */
// Bounded as addresses are (a mailbox name of at most 64 characters, labels of at most 63, a few of them): with
// unbounded runs the pattern scanned to the end of a long run ("1.1.1.1…", "a.a.a…") from every position in it,
// which takes quadratic time.
const ADDRESS = /(?:https?:\/\/|www\.)\S+|[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+|[\p{L}\d-]{1,63}(?:\.[\p{L}\d-]{1,63}){0,8}\.(?:com|net|org|cn|pt|br|io|ai|hk)(?![\p{L}])/gu;
const HAS_DIGIT = /\d/;
/** Only Latin-script words: CJK residue and the site's language menus are other checks' business. */
const LATIN_WORD = /^[\p{Script=Latin}\p{M}'’-]+$/u;
/** A capital anywhere marks a likely name, acronym or brand ("Xianfeng", "HKUST", "iFlytek"). */
const HAS_CAPITAL = /\p{Lu}/u;

const ACCEPTED_ANGLICISMS: ReadonlySet<string> = new Set(anglicisms.words);
/** Technology, finance, crypto and AI words of both variants that the Hunspell dictionaries lack. */
const DOMAIN_WORDS: ReadonlySet<string> = new Set((domainWords.words as string[]).map((w) => w.toLowerCase()));

const glossaryWords = new WeakMap<GlossaryTerm[], Set<string>>();

function wordsOfGlossary(glossary: GlossaryTerm[]): Set<string> {
  let words = glossaryWords.get(glossary);
  if (!words) {
    words = new Set(
      glossary.flatMap((term) => [term.preferred, ...term.variants]).flatMap((form) => form.toLowerCase().split(/[\s/]+/)),
    );
    glossaryWords.set(glossary, words);
  }
  return words;
}

const PREFIXES: readonly string[] = domainWords.prefixes;

function isKnown(word: string, speller: Speller): boolean {
  if (speller.correct(word) || DOMAIN_WORDS.has(word.toLowerCase())) return true;
  // Compounds the dictionary does not list are fine when each part is a word ("anos-luz"; "start-up" is not).
  if (word.includes("-")) return word.split("-").every((part) => part.length > 0 && speller.correct(part));
  return isPrefixed(word, speller);
}

/** "micropagamentos", "criptoativos", "autorregulação": a productive prefix and a word the dictionary knows. */
function isPrefixed(word: string, speller: Speller): boolean {
  for (const prefix of PREFIXES) {
    if (!word.startsWith(prefix) || word.length < prefix.length + 4) continue;
    let rest = word.slice(prefix.length);
    const vowel = prefix[prefix.length - 1];
    if ("aeiou".includes(vowel)) {
      // The 1990 agreement doubles r and s after such a prefix and hyphenates the same vowel or an h:
      // "microssistema", "micro-ondas", "bio-higiene"; "microsistema" and "microondas" are misspellings.
      if (rest.startsWith("rr") || rest.startsWith("ss")) rest = rest.slice(1);
      else if (/^[rsh]/.test(rest) || rest[0] === vowel) continue;
    }
    if (speller.correct(rest) || DOMAIN_WORDS.has(rest)) return true;
  }
  return false;
}

/** Whether a word, whatever its context, is a spelling suspect for this speller (and so locale). */
function isSuspect(word: string, speller: Speller, locale: Locale): boolean {
  if (word.length < 2 || HAS_CAPITAL.test(word) || HAS_DIGIT.test(word) || !LATIN_WORD.test(word)) return false;
  if (isKnown(word, speller)) return false;
  // English left in the text is the english-left check's finding, not a misspelling.
  const lower = word.toLowerCase();
  if (ACCEPTED_ANGLICISMS.has(lower) || ENGLISH_WORDS.has(lower) || looksEnglish(lower)) return false;
  // European spelling from before the 1990 agreement is the spelling-pre-agreement check's, article by article.
  const modern = locale === "pt-PT" ? agreementForm(word) : null;
  if (modern && speller.correct(modern)) return false;
  return !isOtherVariantWord(word, locale);
}

/** A text repeats few distinct words: each is judged once per speller. */
const verdicts = new WeakMap<Speller, Map<string, boolean>>();

function suspectCached(word: string, speller: Speller, locale: Locale): boolean {
  let known = verdicts.get(speller);
  if (!known) {
    known = new Map();
    verdicts.set(speller, known);
  }
  let suspect = known.get(word);
  if (suspect === undefined) {
    suspect = isSuspect(word, speller, locale);
    known.set(word, suspect);
  }
  return suspect;
}

/**
 * Hunspell takes 20–120 ms to suggest for one Portuguese word, far more than checking a whole article, so the
 * suggestions are computed when first read (by the review page or the JSON report) rather than when flagging.
 */
function withLazySuggestions(flag: Flag, suggest: () => string[]): Flag {
  let suggestions: string[] | undefined;
  return Object.defineProperty(flag, "suggestions", {
    enumerable: true,
    get: () => (suggestions ??= suggest()),
    set: (value: string[]) => {
      suggestions = value;
    },
  });
}

/**
 * Only near misses: Hunspell also proposes rare words that share little with the typo ("criptoméria" for
 * "criptomoedas"), which a reviewer would never want. Two edits at most (one for short words), same first letter.
 */
export function closeSuggestions(word: string, candidates: string[]): string[] {
  const lower = word.toLowerCase();
  const limit = lower.length <= 4 ? 1 : 2;
  return candidates
    .map((candidate) => ({ candidate, cost: distance(lower, candidate.toLowerCase()) }))
    .filter(({ candidate, cost }) => cost <= limit && candidate[0]?.toLowerCase() === lower[0] && !candidate.includes(" "))
    .sort((a, b) => a.cost - b.cost)
    .slice(0, 3)
    .map(({ candidate }) => candidate);
}

/** Cheap test before the address pattern, which is slow to run over every word. */
const MAYBE_ADDRESS = /@|www\.|:\/\/|\.(?:com|net|org|cn|pt|br|io|ai|hk)\b/;

export const spelling: Check = {
  id: "spelling",
  title: "Spelling",
  description:
    "Words missing from the dictionary of the article's locale (Hunspell with dictionary-pt-pt or dictionary-pt), leaving out names, capitalised words, acronyms, English words, words with digits, addresses and glossary terms. " +
    "A word the other variant spells so («ruptura», «económico» in a Brazilian text) gets this variant's form, not a misspelling.",
  category: "Linguistic conventions",
  mqm: "Linguistic conventions / Spelling",
  defaultSeverity: "minor",
  suggests: "sometimes",
  exclusive: false,
  options: z.strictObject({}),
  messages: {
    "unknown-word": "«{word}» não consta do dicionário ({locale}).",
    "brazilian-spelling": "«{word}» é a grafia do Brasil ou a anterior ao Acordo Ortográfico: em português europeu escreve-se «{form}».",
    "european-spelling": "«{word}» é a grafia de Portugal ou a anterior ao Acordo Ortográfico: no Brasil escreve-se «{form}».",
  },
  examples: {
    bad: [
      { text: "O processo de desenbarque foi rápido." },
      { text: "Os investidores estão preocupadoss com o mercado.", locale: "pt-BR" },
      { text: "O gênio da empresa saiu do grupo." },
      { text: "O génio da empresa saiu.", locale: "pt-BR" },
    ],
    good: [{ text: "O desembarque foi rápido, disse Wang Huiwen em Pequim; veja www.exemplo.com ou o GPT-4." }],
  },
  run(paragraph, context) {
    const { speller, locale } = context;
    if (paragraph.kind === "boilerplate" || speller === null) return [];
    const text = paragraph.text;
    const suspects = tokensOf(paragraph).filter((token) => suspectCached(token.text, speller, locale));
    if (suspects.length === 0) return [];
    const skipped = [
      ...namesOfParagraph(context, paragraph.index),
      ...(MAYBE_ADDRESS.test(text) ? [...text.matchAll(ADDRESS)].map((m) => ({ start: m.index, end: m.index + m[0].length })) : []),
    ];
    const glossary = wordsOfGlossary(context.glossary);
    const flags: Flag[] = [];
    for (const token of suspects) {
      if (glossary.has(token.text.toLowerCase()) || context.acceptedWords.has(token.text.toLowerCase())) continue;
      if (skipped.some((span) => token.start < span.end && token.end > span.start)) continue;
      if (isKnownName(paragraph, context, token.start, token.end)) continue;
      const form = variantSpellings(token.text, locale).find((candidate) => speller.correct(candidate));
      if (form) {
        const written = /^\p{Lu}/u.test(token.text) ? form[0].toUpperCase() + form.slice(1) : form;
        const message = locale === "pt-PT" ? "brazilian-spelling" : "european-spelling";
        flags.push(makeFlag(spelling, text, token.start, token.end, message, { word: token.text, form: written }, [written]));
        continue;
      }
      const flag = makeFlag(spelling, text, token.start, token.end, "unknown-word", { word: token.text, locale });
      flags.push(withLazySuggestions(flag, () => closeSuggestions(token.text, speller.suggest(token.text))));
    }
    return flags;
  },
};
