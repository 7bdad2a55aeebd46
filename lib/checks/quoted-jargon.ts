import { z } from "zod";
import { findCalques } from "@/lib/checks/calque";
import { optionsOf } from "@/lib/checks/context";
import { makeFlag } from "@/lib/checks/flag";
import type { Check, CheckContext } from "@/lib/checks/types";
import { tokenize } from "@/lib/text/tokens";

/** A short quoted phrase, no sentence punctuation inside (the number of words is an option). Bounded, so linear. */
const QUOTED = /(["“«])([^"“”«»\n.!?;:]{2,64})(["”»])/gu;
const CLOSING: Record<string, string> = { '"': '"', "“": "”", "«": "»" };

/** Verbs and phrases that introduce speech or a citation: a quote beside one of them is someone's words. */
const SPEECH =
  /\b(?:diz|dizem|disse|disseram|dizia|afirm\p{L}*|declar\p{L}*|escrev\p{L}*|escreveu|explic\p{L}*|cont(?:ou|a)|garant\p{L}*|refer\p{L}*|sublinh\p{L}*|acrescent\p{L}*|pergunt\p{L}*|respond\p{L}*|admit\p{L}*|consider\p{L}*|defend\p{L}*|alert\p{L}*|fris\p{L}*|observ\p{L}*|coment\p{L}*|salient\p{L}*|destac\p{L}*|revel\p{L}*|reconhec\p{L}*|avis\p{L}*|lembr\p{L}*|conclu\p{L}*|assegur\p{L}*|cit\p{L}*|palavras|segundo|intitulad\p{L}*|título|slogan|lema|gritou|prometeu|anunciou|argument\p{L}*)\b/iu;

/** A naming frame: journalists quote a nickname they report ("apelidada de", "batizou de"), as they do a scare word. */
const NAMING = /\b(?:apelid\p{L}*|batiz\p{L}*|alcunh\p{L}*|cham(?:ad[oa]s?|ou|aram|am|a)|conhecid[oa]s?\s+(?:como|por))\s+(?:de\s+|como\s+)?$/iu;

const OPTIONS = z.strictObject({
  /** Jargon is a few words; a longer quotation is more often a title or somebody's words. */
  maxWords: z.number().int().min(1).default(6),
  /** How many such phrases an article needs before any is flagged: native news has a scare quote now and then. */
  minPerArticle: z.number().int().min(1).default(2),
  /** A scare quote is a word or two; a longer quoted phrase that nobody said is a literal metaphor even alone ("olho de águia celestial"). */
  minWordsAlone: z.number().int().min(1).default(3),
});

interface Candidate {
  start: number;
  end: number;
  phrase: string;
  words: number;
  named: boolean;
}

const candidates = new WeakMap<CheckContext, { total: number; byParagraph: Map<number, Candidate[]> }>();

/** The article's short quoted phrases that are nobody's speech and not already in the lexicon, once per article. */
function candidatesOf(context: CheckContext) {
  let found = candidates.get(context);
  if (found) return found;
  const { maxWords } = optionsOf(quotedJargon, context);
  found = { total: 0, byParagraph: new Map() };
  for (const paragraph of context.paragraphs) {
    const text = paragraph.text;
    if (paragraph.kind !== "body" || !/["“«]/.test(text)) continue;
    const list: Candidate[] = [];
    for (const m of text.matchAll(QUOTED)) {
      if (CLOSING[m[1]] !== m[3]) continue;
      const inner = m[2].trim();
      const words = tokenize(inner);
      if (words.length === 0 || words.length > maxWords || /^\p{Lu}/u.test(inner) || words.some((w) => /\d/.test(w.text))) continue;
      if (findCalques(inner).length > 0) continue;
      if (SPEECH.test(sentenceAround(text, m.index, m.index + m[0].length))) continue;
      list.push({ start: m.index, end: m.index + m[0].length, phrase: inner, words: words.length, named: NAMING.test(text.slice(Math.max(0, m.index - 40), m.index)) });
    }
    if (list.length > 0) found.byParagraph.set(paragraph.index, list);
    found.total += list.length;
  }
  candidates.set(context, found);
  return found;
}

export const quotedJargon: Check<z.infer<typeof OPTIONS>> = {
  id: "quoted-jargon",
  title: "Quoted jargon",
  description:
    "A short phrase in quotation marks that is nobody's speech: Chinese prose puts its jargon and metaphors in quotes (引号) and machine " +
    "translation keeps them around the literal rendering. Silent beside a speech verb, on phrases the lexicon knows (the calque check's), " +
    "and, in an article with fewer than two such phrases, on phrases of one or two words and on nicknames the text reports («apelidada de»): a journalist's scare quotes.",
  category: "Style",
  mqm: "Style / Unidiomatic style",
  defaultSeverity: "info",
  suggests: "always",
  exclusive: false,
  options: OPTIONS,
  messages: {
    quoted: "«{phrase}» entre aspas sem ser citação: o chinês põe o jargão entre aspas e a tradução automática mantém-nas à volta da tradução literal. Confirme que a expressão é portuguesa; se for, as aspas sobram.",
  },
  examples: {
    bad: [
      {
        text: "A empresa quer criar uma \"sopa de pedra digital\" para o mercado.",
        article: ["O setor vive uma fase de \"corrida aos cavalos\".", "Os fundadores falam de \"ecologia aberta\" e de \"casca vazia\"."],
      },
      { text: "O robô tem um \"cérebro de nuvem inteligente\" que aprende sozinho." },
    ],
    good: [
      { text: "\"Vamos crescer\", disse o presidente; o livro \"Grandes Esperanças\" saiu ontem." },
      { text: "O ministro afirmou que a medida é \"temporária\"." },
      { text: "A cidade é um dos \"dragões\" da tecnologia chinesa." },
      { text: "A medida, apelidada de \"taxa das compras pequenas\", mudou o cálculo." },
    ],
  },
  run(paragraph, context) {
    if (paragraph.kind !== "body") return [];
    const found = candidatesOf(context);
    const { minPerArticle, minWordsAlone } = optionsOf(quotedJargon, context);
    // One quoted word is a journalist's scare quotes; Chinese prose quotes its jargon again and again.
    const alone = found.total < minPerArticle;
    const text = paragraph.text;
    return (found.byParagraph.get(paragraph.index) ?? []).filter((m) => !alone || (m.words >= minWordsAlone && !m.named)).map((m) => makeFlag(quotedJargon, text, m.start, m.end, "quoted", { phrase: m.phrase }, [m.phrase]));
  },
};

function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 160), start);
  const after = text.slice(end, end + 160);
  const from = Math.max(before.lastIndexOf(". "), before.lastIndexOf("? "), before.lastIndexOf("! "));
  const to = after.search(/[.!?](?:\s|$)/);
  return before.slice(from + 1) + text.slice(start, end) + (to >= 0 ? after.slice(0, to) : after);
}
