import { z } from "zod";
import { isAbbreviation, tokenBeforeDot } from "@/lib/text/abbreviations";
import { makeFlag } from "./flag";
import type { Check } from "./types";
import type { Flag } from "@/lib/domain";

/** Two clause marks in a row (". .", ",,", ",.", ";,"), but not an ellipsis. */
const DOUBLED = /(?<!\.)([.,;:?!])([ \t]*)([.,;:])(?!\.)/g;
const STRENGTH = [",", ":", ";", "."];
/** Chinese writes its dash (破折号) and its ellipsis (省略号) as two marks; machine translation keeps both. */
const CHINESE_MARKS = /——+|……+|\.{6,}/g;

export const typoPunctuation: Check = {
  id: "typo-punctuation",
  title: "Doubled punctuation",
  description:
    "Two punctuation marks where one is meant (\". .\", \",,\", \",.\"), left by sentence joins in the translation, and the Chinese double dash " +
    "(\"——\") and double ellipsis (\"……\") where Portuguese writes one.",
  category: "Linguistic conventions",
  mqm: "Linguistic conventions / Punctuation",
  defaultSeverity: "minor",
  suggests: "always",
  exclusive: false,
  options: z.strictObject({}),
  messages: {
    doubled: "Pontuação duplicada.",
    "chinese-dash": "Travessão duplo à chinesa («——»): em português escreve-se um só, «—».",
    "chinese-ellipsis": "Reticências duplas à chinesa («……»): em português escrevem-se umas só, «…».",
  },
  examples: {
    bad: [{ text: "Não sabemos os objetivos da IA. ." }, { text: "Os custos,, no entanto, subiram." }, { text: "A empresa anunciou——finalmente——os resultados……" }],
    good: [{ text: "Chegaram a Lisboa, Porto, etc., e seguiram... para sul." }, { text: "A Tesla Inc., fundada em 2003, cresceu." }],
  },
  run(paragraph) {
    const text = paragraph.text;
    const flags: Flag[] = [];
    if (text.includes("——") || text.includes("……") || text.includes("......")) {
      for (const m of text.matchAll(CHINESE_MARKS)) {
        const dash = m[0].startsWith("—");
        flags.push(makeFlag(typoPunctuation, text, m.index, m.index + m[0].length, dash ? "chinese-dash" : "chinese-ellipsis", {}, [dash ? "—" : "…"]));
      }
    }
    for (const m of text.matchAll(DOUBLED)) {
      const [whole, first, , second] = m;
      if (first === "." && isAbbreviation(tokenBeforeDot(text, m.index))) continue;
      const kept = STRENGTH.indexOf(first) >= STRENGTH.indexOf(second) ? first : second;
      flags.push(makeFlag(typoPunctuation, text, m.index, m.index + whole.length, "doubled", {}, [kept]));
    }
    return flags;
  },
};
