import { z } from "zod";
import { isCapitalised, tokensOf } from "@/lib/text/tokens";
import { makeFlag } from "./flag";
import type { Check } from "./types";
import type { Flag } from "@/lib/domain";

/** Words that are never capitalised inside a sentence unless they start a name or a title. */
const FUNCTION_WORDS = new Set([
  "o", "a", "os", "as", "um", "uma", "uns", "umas", "de", "do", "da", "dos", "das", "em", "no", "na", "nos", "nas",
  "ao", "aos", "à", "às", "por", "pelo", "pela", "pelos", "pelas", "para", "com", "sem", "sob", "sobre", "entre",
  "e", "ou", "mas", "que", "se", "não", "mais", "menos", "muito", "muita", "muitos", "muitas", "também", "já",
  "ainda", "como", "quando", "onde", "porque", "pois", "então", "isso", "isto", "este", "esta", "esse", "essa",
  "seu", "sua", "seus", "suas", "ele", "ela", "eles", "elas", "é", "foi", "são", "tem", "há",
]);

const LOWER_START = /^\p{Ll}/u;

export const typoFunctionWordCase: Check = {
  id: "typo-function-word-case",
  title: "Capitalised function word mid-sentence",
  description: "A word such as \"Mais\", \"De\" or \"Para\" capitalised in the middle of a sentence, a trace of a broken segment join.",
  category: "Linguistic conventions",
  mqm: "Linguistic conventions / Spelling",
  defaultSeverity: "minor",
  suggests: "always",
  exclusive: false,
  options: z.strictObject({}),
  messages: {
    capitalised: "«{word}» com maiúscula a meio da frase.",
  },
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
    const tokens = tokensOf(paragraph);
    // A word in lower case, one space, a capitalised function word, one space, a word in lower case:
    // "forneça claramente Mais a informação". Names ("de Hong Kong") have the capital on the name, not the function word.
    for (let i = 1; i < tokens.length - 1; i++) {
      const token = tokens[i];
      const word = token.text;
      if (!isCapitalised(word) || !FUNCTION_WORDS.has(word.toLowerCase())) continue;
      const [previous, next] = [tokens[i - 1], tokens[i + 1]];
      if (previous.end !== token.start - 1 || next.start !== token.end + 1 || text[previous.end] !== " " || text[token.end] !== " ") continue;
      if (!LOWER_START.test(previous.text) || !LOWER_START.test(next.text) || word.slice(1) !== word.slice(1).toLowerCase()) continue;
      flags.push(
        makeFlag(typoFunctionWordCase, text, token.start, token.end, "capitalised", { word }, [word.toLowerCase()]),
      );
    }
    return flags;
  },
};
