import { z } from "zod";
import type { Check, CheckContext } from "@/lib/checks/types";
import acronyms from "@/lib/lang/pt/english-acronyms.json";
import { matchesNotAfter } from "@/lib/text/scan";
import { makeFlag } from "./flag";
import type { Flag } from "@/lib/domain";

type Expansion = { "pt-PT": string; "pt-BR": string };
const ACRONYMS = new Map(Object.entries(acronyms.acronyms as Record<string, Expansion>));
// Scanned with matchesNotAfter(…, LETTER_OR_DIGIT): the same matches as a leading (?<![\p{L}\d]), faster.
const CANDIDATE = /[A-Z][A-Z0-9]{1,4}(?![\p{L}\d])/gu;
const LETTER_OR_DIGIT = /^[\p{L}\d]$/u;

const explainedCache = new WeakMap<CheckContext, Set<string>>();

/**
 * Acronyms the article explains somewhere: written in parentheses after their expansion ("utilizadores ativos
 * diários (DAU)"), or followed by one ("DAU (utilizadores ativos diários)"). Explained once, fine everywhere.
 */
function explained(context: CheckContext): Set<string> {
  let found = explainedCache.get(context);
  if (found) return found;
  found = new Set();
  for (const paragraph of context.paragraphs) {
    for (const m of paragraph.text.matchAll(/\(([A-Z][A-Z0-9]{1,4})\)|([A-Z][A-Z0-9]{1,4}) \(/g)) found.add(m[1] ?? m[2]);
  }
  explainedCache.set(context, found);
  return found;
}

export const englishAcronym: Check = {
  id: "english-acronym",
  title: "English acronym left unexplained",
  description:
    "English acronyms of tech and business metrics that Chinese writing uses bare (MAU, GMV, KOL, TVL…) and that the article never explains: " +
    "the Portuguese reader needs the expansion the first time (lib/lang/pt/english-acronyms.json).",
  category: "Accuracy",
  mqm: "Accuracy / Untranslated",
  defaultSeverity: "minor",
  suggests: "always",
  exclusive: false,
  options: z.strictObject({}),
  messages: {
    unexplained: "«{found}» é uma sigla inglesa que o artigo nunca explica: escreva «{expansion} ({found})» na primeira ocorrência.",
  },
  examples: {
    bad: [{ text: "As três Super Apps terão 500 milhões de MAU cada uma." }],
    good: [{ text: "A aplicação tem 500 milhões de utilizadores ativos mensais (MAU) e o CEO quer o dobro." }, { text: "O MAU subiu.", article: ["Os utilizadores ativos mensais (MAU) são a medida."] }],
  },
  run(paragraph, context) {
    if (paragraph.kind === "boilerplate" || !/[A-Z]{2}/.test(paragraph.text)) return [];
    const text = paragraph.text;
    const flags: Flag[] = [];
    for (const m of matchesNotAfter(CANDIDATE, text, LETTER_OR_DIGIT)) {
      const expansion = ACRONYMS.get(m[0]);
      if (!expansion || explained(context).has(m[0])) continue;
      const words = expansion[context.locale];
      flags.push(makeFlag(englishAcronym, text, m.index, m.index + m[0].length, "unexplained", { found: m[0], expansion: words }, [`${words} (${m[0]})`]));
    }
    return flags;
  },
};
