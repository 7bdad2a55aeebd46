import { z } from "zod";
import { isAbbreviation, tokenBeforeDot } from "@/lib/text/abbreviations";
import { makeFlag } from "./flag";
import type { Check } from "./types";
import type { Flag } from "@/lib/domain";

/** A sentence end, spaces, then a word starting in lower case ("março. desacelerou"). */
const LOWER_AFTER_STOP = /([.!?])(\s+)(\p{Ll}[\p{L}\p{M}]*)/gu;
const WORD_CHAR = /[\p{L}\p{M}\d%)]/u;

/** Start of the word that ends at `end` (scanning back is cheaper than a pattern that starts at every letter). */
function wordStartBefore(text: string, end: number): number {
  let start = end;
  while (start > 0 && WORD_CHAR.test(text[start - 1])) start--;
  return start;
}

export const typoSentenceCase: Check = {
  id: "typo-sentence-case",
  title: "Sentence starting in lower case",
  description:
    "A sentence that begins in lower case after a full stop, usually where the translation dropped the subject or split a sentence.",
  category: "Linguistic conventions",
  mqm: "Linguistic conventions / Spelling",
  defaultSeverity: "minor",
  suggests: "always",
  exclusive: false,
  options: z.strictObject({}),
  messages: {
    "lower-case-start": "A frase começa com minúscula depois de um ponto final.",
  },
  examples: {
    bad: [{ text: "O crescimento foi de 55% em março. desacelerou em abril." }],
    good: [
      { text: "O crescimento foi de 55% em março. Desacelerou em abril." },
      { text: "Falou o Sr. presidente da câmara, o Dr. silva e outros, etc. e saiu." },
      { text: "A taxa subiu 3.5 pontos... e depois caiu." },
      { text: "A Xinghe Semiconductor (Suzhou) Co., Ltd. abriu uma fábrica nova." },
    ],
  },
  run(paragraph) {
    const text = paragraph.text;
    const flags: Flag[] = [];
    for (const m of text.matchAll(LOWER_AFTER_STOP)) {
      const [whole, stop, space, next] = m;
      const stopIndex = m.index;
      const start = wordStartBefore(text, stopIndex);
      if (start === stopIndex) continue;
      if (stop === "." && (text[stopIndex - 1] === "." || isAbbreviation(tokenBeforeDot(text, stopIndex)))) continue;
      const fixed = `${text.slice(start, stopIndex)}${stop}${space}${next[0].toUpperCase()}${next.slice(1)}`;
      flags.push(
        makeFlag(typoSentenceCase, text, start, stopIndex + whole.length, "lower-case-start", {}, [fixed]),
      );
    }
    return flags;
  },
};
