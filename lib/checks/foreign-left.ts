import { eld } from "eld/small";
import { z } from "zod";
import { makeFlag } from "@/lib/checks/flag";
import { isSentenceInitial } from "@/lib/text/names";
import { segmentPinyin } from "@/lib/text/pinyin";
import foreignWords from "@/lib/lang/pt/foreign-words.json";
import type { Check } from "@/lib/checks/types";
import { tokensOf } from "@/lib/text/tokens";
import { WordMemo, wordsOf } from "@/lib/text/words";
import type { Speller } from "@/lib/text/speller";
import { LETTER, matchesNotAfter } from "@/lib/text/scan";
import type { Flag } from "@/lib/domain";

/** The languages looked for, by the identifier's code, with the message that names each. */
const LANGUAGES: Record<string, string> = { es: "spanish", fr: "french", it: "italian", de: "german" };
const LISTED = new Map(Object.entries(foreignWords).flatMap(([language, words]) => (Array.isArray(words) ? words.map((w) => [w, language] as const) : [])));
// Spanish articles after a preposition, before a lower-case word: "de la empresa", "en el mercado".
// Scanned with matchesNotAfter(…, LETTER): the same matches as a leading (?<![\p{L}]), at a third of the cost.
const SPANISH_ARTICLE = /(?:de|en|con|por|para) (?:la|el|los|las) (?=\p{L})/gu;

/** Portuguese itself, English (the english-left check's) and Galician, which reads as Portuguese to the identifier's eye. */
const NOT_FOREIGN = new Set(["pt", "en", "gl"]);

/** The message for a span the identifier reads reliably as another language: named for the four we meet most, else "other". */
function identified(span: string): string | null {
  const result = eld.detect(span);
  if (!result.isReliable() || !result.language || NOT_FOREIGN.has(result.language)) return null;
  return LANGUAGES[result.language] ?? "other";
}

/** A frequent word of another language, in lower case, that no Portuguese dictionary knows. */
function listedLanguage(words: string[]): string | null {
  for (const word of words) {
    const language = LISTED.get(word.toLowerCase());
    if (language) return LANGUAGES[language] ?? null;
  }
  return null;
}
const MIN_WORDS = 3;
/** So many words in a row that neither dictionary knows are another language even where a short span leaves the identifier unsure. */
const UNKNOWN_RUN = 4;

/** A run of unknown words read as another language; pinyin left in is the name checks' business. */
function runLanguage(span: string, words: string[], unknowns: number): string | null {
  if (unknowns < MIN_WORDS) return listedLanguage(words);
  const language = identified(span);
  if (language || unknowns < UNKNOWN_RUN) return language;
  return words.every((word) => word.length <= 3 || segmentPinyin(word) !== null) ? null : "other";
}

/** A word's first letters, judged once per word: lower case, or a capital then lower case ("Pero"), or neither. */
const LOWER_INITIAL = 1;
const CAPITAL_INITIAL = 2;
const SHAPE = new WordMemo((w) => (/^\p{Ll}/u.test(w.text) ? LOWER_INITIAL : /^\p{Lu}\p{Ll}/u.test(w.text) ? CAPITAL_INITIAL : 0));

/** Whether neither the Portuguese nor the English dictionary knows the word in lower case: once per word and speller pair. */
const unknownWords = new WeakMap<Speller, WeakMap<object, WordMemo<boolean>>>();
const NO_ENGLISH = {};
function dictionaryMemo(speller: Speller, english: Speller | null): WordMemo<boolean> {
  let byEnglish = unknownWords.get(speller);
  if (!byEnglish) unknownWords.set(speller, (byEnglish = new WeakMap()));
  let memo = byEnglish.get(english ?? NO_ENGLISH);
  if (!memo) byEnglish.set(english ?? NO_ENGLISH, (memo = new WordMemo((w) => !speller.correct(w.lower) && !(english?.correct(w.lower) ?? false))));
  return memo;
}

export const foreignLeft: Check = {
  id: "foreign-left",
  title: "Other language left in",
  description:
    "Text the machine translation left in a third language: runs of three or more words that the Portuguese dictionary does not know and the " +
    "language identifier reads reliably as another language (Spanish, French, Italian and German by name), frequent words of those languages (lib/lang/pt/foreign-words.json) and " +
    "Spanish articles (\"de la empresa\"). English is the english-left check's.",
  category: "Accuracy",
  mqm: "Accuracy / Untranslated",
  defaultSeverity: "major",
  suggests: "never",
  exclusive: false,
  restates: ["spelling", "english-left"],
  options: z.strictObject({}),
  messages: {
    spanish: "«{found}» parece espanhol, não português: traduza.",
    french: "«{found}» parece francês, não português: traduza.",
    italian: "«{found}» parece italiano, não português: traduza.",
    german: "«{found}» parece alemão, não português: traduza.",
    other: "«{found}» não está em português nem em inglês: ficou noutra língua. Traduza.",
    "spanish-article": "«{found}» é espanhol («de la» por «da»): traduza.",
  },
  examples: {
    bad: [
      { text: "A empresa disse que también queremos hacerlo mejor en el mercado chino este año." },
      { text: "O produto tem garantía de dois anos." },
      { text: "O mercado caiu. Sin embargo, a empresa cresceu." },
      { text: "O diretor de la empresa falou." },
      { text: "A empresa disse que nous voulons faire mieux sur le marché chinois cette année." },
      { text: "A empresa disse che vogliamo fare meglio nel mercato cinese quest’anno." },
      { text: "A empresa disse que wir wollen es besser machen auf dem chinesischen Markt." },
      { text: "O relatório diz que tämä kulttuurinen perusta kohtaa yritysten ekosysteemin." },
    ],
    good: [{ text: "A empresa disse que também quer fazer melhor no mercado chinês este ano, em Madrid." }],
  },
  run(paragraph, context) {
    const speller = context.speller;
    if (paragraph.kind === "boilerplate" || speller === null) return [];
    const text = paragraph.text;
    const tokens = tokensOf(paragraph);
    const flags: Flag[] = [];
    const words = wordsOf(tokens);
    const unknownWord = dictionaryMemo(speller, context.english);
    const unknown = (i: number) => {
      // A capital only at a sentence start: mid-sentence it is a name ("Pero Vaz", "La Paz").
      const shape = SHAPE.get(words[i]);
      const lowerCase = shape === LOWER_INITIAL || (shape === CAPITAL_INITIAL && isSentenceInitial(text, tokens, i));
      // A listed word counts even when English has it too: "sin" in "Sin embargo" is Spanish, not "sin".
      return lowerCase && (LISTED.has(words[i].lower) || unknownWord.get(words[i]));
    };
    for (let i = 0; i < tokens.length; i++) {
      if (!unknown(i)) continue;
      // A run may take in short words both languages share ("de", "en", "la") between unknown ones.
      let j = i;
      let unknowns = 1;
      while (j + 1 < tokens.length && /^[\s,:;]+$/.test(text.slice(tokens[j].end, tokens[j + 1].start)) && (unknown(j + 1) || tokens[j + 1].text.length <= 3)) {
        j++;
        if (unknown(j)) unknowns++;
      }
      while (j > i && !unknown(j)) j--;
      const span = text.slice(tokens[i].start, tokens[j].end);
      const language = runLanguage(span, tokens.slice(i, j + 1).map((t) => t.text), unknowns);
      if (language) flags.push(makeFlag(foreignLeft, text, tokens[i].start, tokens[j].end, language, { found: span }));
      i = j;
    }
    for (const m of matchesNotAfter(SPANISH_ARTICLE, text, LETTER)) {
      if (flags.some((f) => f.start <= m.index && m.index < f.end)) continue;
      flags.push(makeFlag(foreignLeft, text, m.index, m.index + m[0].length, "spanish-article", { found: m[0] }));
    }
    return flags;
  },
};
