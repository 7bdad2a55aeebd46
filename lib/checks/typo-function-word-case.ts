import { makeFlag } from "./flag";
import type { Check, Flag } from "./types";

/** Words that are never capitalised inside a sentence unless they start a name or a title. */
const FUNCTION_WORDS = new Set([
  "o", "a", "os", "as", "um", "uma", "uns", "umas", "de", "do", "da", "dos", "das", "em", "no", "na", "nos", "nas",
  "ao", "aos", "à", "às", "por", "pelo", "pela", "pelos", "pelas", "para", "com", "sem", "sob", "sobre", "entre",
  "e", "ou", "mas", "que", "se", "não", "mais", "menos", "muito", "muita", "muitos", "muitas", "também", "já",
  "ainda", "como", "quando", "onde", "porque", "pois", "então", "isso", "isto", "este", "esta", "esse", "essa",
  "seu", "sua", "seus", "suas", "ele", "ela", "eles", "elas", "é", "foi", "são", "tem", "há",
]);

/**
 * A word in lower case, one space, a capitalised function word, one space, a lower-case word:
 * "forneça claramente Mais a informação". Names ("de Hong Kong") have the capital on the name, not the function word.
 */
const CAPITAL_MID_SENTENCE = /(?<=(?:^|[\s(])\p{Ll}[\p{L}\p{M}]* )(\p{Lu}[\p{Ll}\p{M}]*)(?= \p{Ll})/gu;

export const typoFunctionWordCase: Check = {
  id: "typo-function-word-case",
  title: "Capitalised function word mid-sentence",
  description: "A word such as \"Mais\", \"De\" or \"Para\" capitalised in the middle of a sentence, a trace of a broken segment join.",
  category: "Linguistic conventions",
  defaultSeverity: "minor",
  examples: {
    bad: [{ text: "Quando fizerem perguntas, forneça claramente Mais a informação de fundo." }],
    good: [
      { text: "Quando fizerem perguntas, forneça claramente mais informação de fundo." },
      { text: "A empresa de Hong Kong e a Casa da Moeda assinaram o acordo." },
    ],
  },
  run(paragraph) {
    const text = paragraph.text;
    const flags: Flag[] = [];
    for (const m of text.matchAll(CAPITAL_MID_SENTENCE)) {
      const word = m[1];
      if (!FUNCTION_WORDS.has(word.toLowerCase())) continue;
      flags.push(
        makeFlag(typoFunctionWordCase, text, m.index, m.index + word.length, `«${word}» com maiúscula a meio da frase.`, [word.toLowerCase()]),
      );
    }
    return flags;
  },
};
