import { eld } from "eld/small";
import { z } from "zod";
import { makeFlag } from "@/lib/checks/flag";
import { isSentenceInitial } from "@/lib/text/names";
import foreignWords from "@/lib/lang/pt/foreign-words.json";
import type { Check } from "@/lib/checks/types";
import { tokensOf } from "@/lib/text/tokens";
import type { Flag } from "@/lib/domain";

/** The languages looked for, by the identifier's code, with the message that names each. */
const LANGUAGES: Record<string, string> = { es: "spanish", fr: "french", it: "italian", de: "german" };
const LISTED = new Map(Object.entries(foreignWords).flatMap(([language, words]) => (Array.isArray(words) ? words.map((w) => [w, language] as const) : [])));
// Spanish articles after a preposition, before a lower-case word: "de la empresa", "en el mercado".
const SPANISH_ARTICLE = /(?<![\p{L}])(?:de|en|con|por|para) (?:la|el|los|las) (?=\p{L})/gu;

function identified(span: string): string | null {
  const result = eld.detect(span);
  return LANGUAGES[result.language] && result.isReliable() ? result.language : null;
}

/** A frequent word of another language, in lower case, that no Portuguese dictionary knows. */
function listedLanguage(words: string[]): string | null {
  for (const word of words) {
    const language = LISTED.get(word.toLowerCase());
    if (language) return language;
  }
  return null;
}
const MIN_WORDS = 3;

export const foreignLeft: Check = {
  id: "foreign-left",
  title: "Other language left in",
  description:
    "Text the machine translation left in a third language: runs of three or more words that the Portuguese dictionary does not know and the " +
    "language identifier reads as Spanish, French, Italian or German, frequent words of those languages (lib/lang/pt/foreign-words.json) and " +
    "Spanish articles (\"de la empresa\"). English is the english-left check's.",
  category: "Accuracy",
  mqm: "Accuracy / Untranslated",
  defaultSeverity: "major",
  suggests: "never",
  exclusive: false,
  options: z.strictObject({}),
  messages: {
    spanish: "«{found}» parece espanhol, não português: traduza.",
    french: "«{found}» parece francês, não português: traduza.",
    italian: "«{found}» parece italiano, não português: traduza.",
    german: "«{found}» parece alemão, não português: traduza.",
    "spanish-article": "«{found}» é espanhol («de la» por «da»): traduza.",
  },
  examples: {
    bad: [
      { text: "A empresa disse que también queremos hacerlo mejor en el mercado chino este año." },
      { text: "O produto tem garantía de dois anos." },
      { text: "O diretor de la empresa falou." },
      { text: "A empresa disse que nous voulons faire mieux sur le marché chinois cette année." },
      { text: "A empresa disse che vogliamo fare meglio nel mercato cinese quest’anno." },
      { text: "A empresa disse que wir wollen es besser machen auf dem chinesischen Markt." },
    ],
    good: [{ text: "A empresa disse que também quer fazer melhor no mercado chinês este ano, em Madrid." }],
  },
  run(paragraph, context) {
    const speller = context.speller;
    if (paragraph.kind === "boilerplate" || speller === null) return [];
    const text = paragraph.text;
    const tokens = tokensOf(paragraph);
    const flags: Flag[] = [];
    const unknown = (i: number) => {
      const word = tokens[i].text;
      // A capital only at a sentence start: mid-sentence it is a name ("Pero Vaz", "La Paz").
      const lowerCase = /^\p{Ll}/u.test(word) || (isSentenceInitial(text, tokens, i) && /^\p{Lu}\p{Ll}/u.test(word));
      return lowerCase && !speller.correct(word.toLowerCase()) && !(context.english?.correct(word.toLowerCase()) ?? false);
    };
    for (let i = 0; i < tokens.length; i++) {
      if (!unknown(i)) continue;
      // A run may take in short words both languages share ("de", "en", "la") between unknown ones.
      let j = i;
      let unknowns = 1;
      while (j + 1 < tokens.length && /^[\s,]+$/.test(text.slice(tokens[j].end, tokens[j + 1].start)) && (unknown(j + 1) || tokens[j + 1].text.length <= 3)) {
        j++;
        if (unknown(j)) unknowns++;
      }
      while (j > i && !unknown(j)) j--;
      const span = text.slice(tokens[i].start, tokens[j].end);
      const language = unknowns >= MIN_WORDS ? identified(span) : listedLanguage(tokens.slice(i, j + 1).map((t) => t.text));
      if (language) flags.push(makeFlag(foreignLeft, text, tokens[i].start, tokens[j].end, LANGUAGES[language], { found: span }));
      i = j;
    }
    for (const m of text.matchAll(SPANISH_ARTICLE)) {
      if (flags.some((f) => f.start <= m.index && m.index < f.end)) continue;
      flags.push(makeFlag(foreignLeft, text, m.index, m.index + m[0].length, "spanish-article", { found: m[0] }));
    }
    return flags;
  },
};
