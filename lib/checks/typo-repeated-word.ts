import { makeFlag } from "./flag";
import type { Check, Flag } from "./types";

/** Repetitions that Portuguese uses on purpose ("se se confirmar", "muito muito", "pouco pouco"). */
const DELIBERATE = new Set(["se", "muito", "muita", "bem", "tão", "há", "pouco", "cada", "já", "não", "nós"]);
const REPEATED = /(?<![\p{L}\p{M}])([\p{L}\p{M}]+)\s+\1(?![\p{L}\p{M}])/giu;

export const typoRepeatedWord: Check = {
  id: "typo-repeated-word",
  title: "Repeated word",
  description: "The same word twice in a row (\"de de\", \"o o\").",
  category: "Linguistic conventions",
  defaultSeverity: "minor",
  examples: {
    bad: [{ text: "A estratégia de de expansão foi aprovada." }],
    good: [{ text: "A estratégia de expansão foi aprovada, se se confirmar o financiamento." }],
  },
  run(paragraph) {
    const text = paragraph.text;
    const flags: Flag[] = [];
    for (const m of text.matchAll(REPEATED)) {
      const word = m[1];
      if (DELIBERATE.has(word.toLowerCase())) continue;
      flags.push(makeFlag(typoRepeatedWord, text, m.index, m.index + m[0].length, `Palavra repetida: «${word}».`, [word]));
    }
    return flags;
  },
};
