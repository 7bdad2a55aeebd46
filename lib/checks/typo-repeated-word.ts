import { z } from "zod";
import { isCapitalised, tokensOf } from "@/lib/text/tokens";
import { makeFlag } from "./flag";
import type { Check } from "./types";
import type { Flag } from "@/lib/domain";

/** Repetitions that Portuguese uses on purpose ("se se confirmar", "muito muito", "pouco pouco"). */
const DELIBERATE = new Set(["se", "muito", "muita", "bem", "tão", "há", "pouco", "cada", "já", "não", "nós"]);
const ONLY_SPACE = /^\s+$/;
const HAS_LETTER = /\p{L}/u;

export const typoRepeatedWord: Check = {
  id: "typo-repeated-word",
  title: "Repeated word",
  description: "The same word twice in a row (\"de de\", \"o o\").",
  category: "Linguistic conventions",
  mqm: "Linguistic conventions / Spelling",
  defaultSeverity: "minor",
  suggests: "always",
  exclusive: false,
  options: z.strictObject({}),
  messages: {
    repeated: "Palavra repetida: «{word}».",
  },
  examples: {
    bad: [{ text: "A estratégia de de expansão foi aprovada." }],
    good: [
      { text: "A estratégia de expansão foi aprovada, se se confirmar o financiamento." },
      { text: "A plataforma Cao Cao, da Geely, recebeu um novo investimento." },
    ],
  },
  run(paragraph) {
    const text = paragraph.text;
    const flags: Flag[] = [];
    const tokens = tokensOf(paragraph);
    for (let i = 1; i < tokens.length; i++) {
      const [previous, token] = [tokens[i - 1], tokens[i]];
      if (previous.text.length !== token.text.length || previous.text.toLowerCase() !== token.text.toLowerCase()) continue;
      const word = previous.text;
      // Both capitalised is a reduplicated name ("Cao Cao", "Bora Bora"); a doubled article reads "A a".
      if (isCapitalised(word) && isCapitalised(token.text)) continue;
      if (DELIBERATE.has(word.toLowerCase()) || !HAS_LETTER.test(word) || !ONLY_SPACE.test(text.slice(previous.end, token.start))) continue;
      flags.push(makeFlag(typoRepeatedWord, text, previous.start, token.end, "repeated", { word }, [word]));
    }
    return flags;
  },
};
