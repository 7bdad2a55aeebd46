import { z } from "zod";
import { makeFlag } from "./flag";
import type { Check } from "./types";
import type { Flag } from "@/lib/domain";

/** Spaces before , . ; : ! ? that end a clause (so ".NET" or " .5" are left alone). */
const SPACE_BEFORE_PUNCTUATION = /([\p{L}\p{M}\d%)"»”]+)([ \t\u00A0]+)([,.;:!?])(?=\s|$|["»”)])((?:[ \t]+)([\p{L}\p{M}\d]+))?/gu;
const SPACED_MARK = /[ \t\u00A0][,.;:!?]/;
const DOUBLE_SPACE = /(?<=\S)[ \u00A0]{2,}(?=\S)/g;

export const typoSpacing: Check = {
  id: "typo-spacing",
  title: "Space before punctuation or doubled space",
  description: "A space before , . ; : ! ? (a Chinese-style habit) or two spaces between words.",
  category: "Linguistic conventions",
  mqm: "Linguistic conventions / Punctuation",
  defaultSeverity: "minor",
  suggests: "always",
  exclusive: false,
  options: z.strictObject({}),
  messages: {
    "space-before": "Espaço antes de «{mark}».",
    "double-space": "Espaço duplo.",
  },
  examples: {
    bad: [{ text: "Não promoveu a tecnologia , mas é um investimento." }, { text: "O mercado  abrandou." }],
    good: [{ text: "Não promoveu a tecnologia, mas é um investimento." }, { text: "A versão .NET saiu; custa 0 .5 euros?" }],
  },
  run(paragraph) {
    const text = paragraph.text;
    const flags: Flag[] = [];
    // Cheap tests first: the patterns are slow to run over every word and rarely match.
    const spaced = SPACED_MARK.test(text) ? text.matchAll(SPACE_BEFORE_PUNCTUATION) : [];
    for (const m of spaced) {
      const [whole, before, , mark, after = ""] = m;
      const fixed = `${before}${mark}${after}`;
      flags.push(makeFlag(typoSpacing, text, m.index, m.index + whole.length, "space-before", { mark }, [fixed]));
    }
    const doubled = text.includes("  ") || text.includes("\u00A0 ") || text.includes(" \u00A0") ? text.matchAll(DOUBLE_SPACE) : [];
    for (const m of doubled) {
      flags.push(makeFlag(typoSpacing, text, m.index, m.index + m[0].length, "double-space", {}, [" "], "info"));
    }
    return flags;
  },
};
