import { isAbbreviation, tokenBeforeDot } from "@/lib/text/abbreviations";
import { makeFlag } from "./flag";
import type { Check, Flag } from "./types";

/** A word, a sentence end, spaces, then a word starting in lower case ("março. desacelerou"). */
const LOWER_AFTER_STOP = /([\p{L}\p{M}\d%)]+)([.!?])(\s+)(\p{Ll}[\p{L}\p{M}]*)/gu;

export const typoSentenceCase: Check = {
  id: "typo-sentence-case",
  title: "Sentence starting in lower case",
  description:
    "A sentence that begins in lower case after a full stop, usually where the translation dropped the subject or split a sentence.",
  category: "Linguistic conventions",
  defaultSeverity: "minor",
  examples: {
    bad: [{ text: "O crescimento foi de 55% em março. desacelerou em abril." }],
    good: [
      { text: "O crescimento foi de 55% em março. Desacelerou em abril." },
      { text: "Falou o Sr. presidente da câmara, o Dr. silva e outros, etc. e saiu." },
      { text: "A taxa subiu 3.5 pontos... e depois caiu." },
    ],
  },
  run(paragraph) {
    const text = paragraph.text;
    const flags: Flag[] = [];
    for (const m of text.matchAll(LOWER_AFTER_STOP)) {
      const [whole, before, stop, space, next] = m;
      const stopIndex = m.index + before.length;
      if (stop === "." && (text[stopIndex - 1] === "." || isAbbreviation(tokenBeforeDot(text, stopIndex)))) continue;
      const fixed = `${before}${stop}${space}${next[0].toUpperCase()}${next.slice(1)}`;
      flags.push(
        makeFlag(typoSentenceCase, text, m.index, m.index + whole.length, "A frase começa com minúscula depois de um ponto final.", [fixed]),
      );
    }
    return flags;
  },
};
