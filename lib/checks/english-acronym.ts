import { z } from "zod";
import type { Check, CheckContext } from "@/lib/checks/types";
import acronyms from "@/lib/lang/pt/english-acronyms.json";
import { touchesKnownEntity } from "@/lib/checks/entity-index";
import { PORTUGUESE_FUNCTION_WORDS } from "@/lib/lang/pt/portuguese-function-words";
import { matchesNotAfter } from "@/lib/text/scan";
import { isCapitalised } from "@/lib/text/tokens";
import { makeFlag } from "./flag";
import type { Flag } from "@/lib/domain";

type Expansion = { "pt-PT": string; "pt-BR": string };
const ACRONYMS = new Map(Object.entries(acronyms.acronyms as Record<string, Expansion>));
const PORTUGUESE_ACRONYMS = new Map(Object.entries(acronyms.portuguese as Record<string, Expansion>));
// Scanned with matchesNotAfter(…, LETTER_OR_DIGIT): the same matches as a leading (?<![\p{L}\d]), faster.
const CANDIDATE = /[A-Z][A-Z0-9]{1,4}(?![\p{L}\d])/gu;
const LETTER_OR_DIGIT = /^[\p{L}\d]$/u;

// "(DAU)", "(NEVs)", "(NEV, na sigla em inglês)" after the expansion, or "DAU (" before it.
const EXPLAINED = /\(([A-Z][A-Z0-9]{1,4})s?(?:\)|[,;] )|([A-Z][A-Z0-9]{1,4}) \(/g;

const explainedCache = new WeakMap<CheckContext, Set<string>>();

/**
 * "Moonshot AI", "Sahara AI", "AI Studio": an acronym inside a run of capitalised words is part of a name. A
 * capitalised function word before it ("A AI anunciou") is only a sentence start.
 */
function isInsideName(text: string, start: number, end: number): boolean {
  const before = /([\p{L}\p{N}.&-]+) $/u.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  const after = /^ ([\p{L}\p{N}]+)/u.exec(text.slice(end, end + 40))?.[1];
  const nameWord = (word: string | undefined) => word !== undefined && (isCapitalised(word) || /\d/.test(word)) && !PORTUGUESE_FUNCTION_WORDS.has(word.toLowerCase());
  return nameWord(before) || nameWord(after);
}

/**
 * Acronyms the article explains somewhere: written in parentheses after their expansion ("utilizadores ativos
 * diários (DAU)"), or followed by one ("DAU (utilizadores ativos diários)"). Explained once, fine everywhere.
 */
function explained(context: CheckContext): Set<string> {
  let found = explainedCache.get(context);
  if (found) return found;
  found = new Set();
  for (const paragraph of context.paragraphs) {
    for (const m of paragraph.text.matchAll(EXPLAINED)) found.add(m[1] ?? m[2]);
  }
  explainedCache.set(context, found);
  return found;
}

export const englishAcronym: Check = {
  id: "english-acronym",
  title: "English acronym left in",
  description:
    "English acronyms of tech and business metrics that Chinese writing uses bare (MAU, GMV, KOL, TVL…) and that the article never explains: " +
    "the Portuguese reader needs the expansion the first time (lib/lang/pt/english-acronyms.json). English acronyms that Portuguese has its own for " +
    "(AI for IA, GDP for PIB) are flagged wherever they are not part of a name (\"Moonshot AI\").",
  category: "Accuracy",
  mqm: "Accuracy / Untranslated",
  defaultSeverity: "minor",
  suggests: "always",
  exclusive: false,
  options: z.strictObject({}),
  messages: {
    unexplained: "«{found}» é uma sigla inglesa que o artigo nunca explica: escreva «{expansion} ({found})» na primeira ocorrência.",
    portuguese: "«{found}» é a sigla inglesa: em português escreve-se «{acronym}».",
  },
  examples: {
    bad: [{ text: "As três Super Apps terão 500 milhões de MAU cada uma." }, { text: "A empresa aposta na AI generativa e o GDP da China cresceu 5 %." }],
    good: [
      { text: "A aplicação tem 500 milhões de utilizadores ativos mensais (MAU) e o CEO quer o dobro." },
      { text: "O MAU subiu.", article: ["Os utilizadores ativos mensais (MAU) são a medida."] },
      { text: "A Moonshot AI, a Sahara AI e o AI Studio apostam na IA generativa." },
      { text: "Os carros de nova energia (NEV, na sigla em inglês) venderam bem: os NEV da BYD lideram." },
    ],
  },
  run(paragraph, context) {
    if (paragraph.kind === "boilerplate" || !/[A-Z]{2}/.test(paragraph.text)) return [];
    const text = paragraph.text;
    const flags: Flag[] = [];
    for (const m of matchesNotAfter(CANDIDATE, text, LETTER_OR_DIGIT)) {
      const start = m.index;
      const end = start + m[0].length;
      const portuguese = PORTUGUESE_ACRONYMS.get(m[0]);
      if (portuguese) {
        if (isInsideName(text, start, end) || touchesKnownEntity(paragraph, context, start, end)) continue;
        const acronym = portuguese[context.locale];
        flags.push(makeFlag(englishAcronym, text, start, end, "portuguese", { found: m[0], acronym }, [acronym]));
        continue;
      }
      const expansion = ACRONYMS.get(m[0]);
      if (!expansion || explained(context).has(m[0])) continue;
      const words = expansion[context.locale];
      flags.push(makeFlag(englishAcronym, text, start, end, "unexplained", { found: m[0], expansion: words }, [`${words} (${m[0]})`]));
    }
    return flags;
  },
};
