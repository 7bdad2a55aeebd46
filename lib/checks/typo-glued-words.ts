import { z } from "zod";
import { isKnownName } from "@/lib/checks/entity-index";
import { makeFlag } from "@/lib/checks/flag";
import type { Check } from "@/lib/checks/types";
import { tokensOf } from "@/lib/text/tokens";
import type { Flag } from "@/lib/domain";

/** A word ending in lower case + one capital, or a digit glued to a word ("HuxiuA", "semana.A", "2023A"). */
const GLUED_CAPITAL = /^(\p{Lu}?\p{Ll}{2,})(\p{Lu})$/u;
const GLUED_SENTENCE = /(\p{Ll}{2,})([.!?])(\p{Lu}\p{Ll}*)(?=[\s,;:]|$)/gu;

/** Cheap pre-tests: the Unicode patterns are costly to run over every word of every paragraph. */
const MAYBE_GLUED_SENTENCE = /[a-zà-ÿ][.!?][A-ZÀ-Þ]/;
function endsInLoneCapital(word: string): boolean {
  const last = word[word.length - 1];
  const before = word[word.length - 2];
  return before !== undefined && last !== last.toLowerCase() && before !== before.toUpperCase();
}

export const typoGluedWords: Check = {
  id: "typo-glued-words",
  title: "Words glued together",
  description:
    "Two words run together where the page's markup separated them: a word ending in a lone capital that starts the next word (\"HuxiuA Moonshot AI\"), or a sentence end without its space (\"mercado.A empresa\").",
  category: "Linguistic conventions",
  mqm: "Linguistic conventions / Spelling",
  defaultSeverity: "minor",
  suggests: "always",
  exclusive: false,
  options: z.strictObject({}),
  messages: {
    "glued-capital": "«{word}» junta duas palavras: «{first}» e o início da seguinte.",
    "missing-space": "Falta o espaço depois de «{mark}».",
  },
  examples: {
    bad: [{ text: "Segundo o HuxiuA Moonshot AI treina os modelos." }, { text: "As vendas caíram.A empresa não comentou." }],
    good: [{ text: "Segundo o Huxiu, a Moonshot AI treina os modelos; veja o site exemplo.com.Br não." }],
  },
  run(paragraph, context) {
    if (paragraph.kind === "boilerplate") return [];
    const text = paragraph.text;
    const flags: Flag[] = [];
    const tokens = tokensOf(paragraph);
    tokens.forEach((token, i) => {
      if (!endsInLoneCapital(token.text)) return;
      const m = GLUED_CAPITAL.exec(token.text);
      const next = tokens[i + 1];
      if (!m || !next || text.slice(token.end, next.start) !== " " || !/^\p{Lu}?\p{Ll}/u.test(next.text)) return;
      if (isKnownName(paragraph, context, token.start, token.end)) return;
      flags.push(makeFlag(typoGluedWords, text, token.start, token.end, "glued-capital", { word: token.text, first: m[1] }, [`${m[1]} ${m[2]}`]));
    });
    if (MAYBE_GLUED_SENTENCE.test(text)) for (const m of text.matchAll(GLUED_SENTENCE)) {
      const start = m.index + m[1].length;
      if (/\.(?:com|net|org|pt|br|cn|io|ai)\b/i.test(m[0].slice(m[1].length))) continue;
      flags.push(makeFlag(typoGluedWords, text, start, start + 1 + m[3].length, "missing-space", { mark: m[2] }, [`${m[2]} ${m[3]}`]));
    }
    return flags.sort((a, b) => a.start - b.start);
  },
};
