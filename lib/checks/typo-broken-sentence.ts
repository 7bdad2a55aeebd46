import { z } from "zod";
import { makeFlag } from "./flag";
import type { Check, CheckContext, CheckParagraph } from "./types";

/** Ends mid-sentence: a letter, a digit or a comma, not a full stop, a colon or a closing quote. */
const OPEN_END = /[\p{L}\p{N},]\s*$/u;
/** Starts with a plain lower-case word: not a brand written so ("iPhone"), an address or a list item. */
const LOWER_START = /^\p{Ll}[\p{Ll}\p{M}]*(?=[\s,;]|$)/u;

const previousByContext = new WeakMap<CheckContext, Map<number, CheckParagraph | undefined>>();

/** The paragraph before each one, the site's boilerplate between them left out; once per article. */
function previousBody(context: CheckContext, index: number): CheckParagraph | undefined {
  let previous = previousByContext.get(context);
  if (!previous) {
    previous = new Map();
    let last: CheckParagraph | undefined;
    for (const paragraph of context.paragraphs) {
      if (paragraph.kind === "boilerplate") continue;
      previous.set(paragraph.index, last);
      last = paragraph;
    }
    previousByContext.set(context, previous);
  }
  return previous.get(index);
}

export const typoBrokenSentence: Check = {
  id: "typo-broken-sentence",
  title: "Sentence broken across paragraphs",
  description:
    "A paragraph that starts in lower case right after one that ends without a full stop: the page set one sentence on several short " +
    "lines (social posts do) and the translation kept each line as a paragraph. The reviewer joins them.",
  category: "Linguistic conventions",
  mqm: "Linguistic conventions / Punctuation",
  defaultSeverity: "minor",
  suggests: "never",
  exclusive: false,
  options: z.strictObject({}),
  messages: {
    continues: "Este parágrafo continua a frase do anterior: a página partiu uma frase em várias linhas. Junte os parágrafos.",
  },
  examples: {
    bad: [{ text: "para 70 mil dólares depois do anúncio.", article: ["O preço do bitcoin subiu"] }],
    good: [
      { text: "Depois caiu para 60 mil dólares.", article: ["O preço do bitcoin subiu"] },
      { text: "primeiro, a taxa; segundo, o prazo.", article: ["A lei muda duas coisas:"] },
      { text: "iPhone e iPad vendem menos.", article: ["A Apple perdeu quota na China"] },
    ],
  },
  run(paragraph, context) {
    // The importer takes a short line without a full stop for a heading: the fragments of a broken sentence often are.
    if (paragraph.kind === "boilerplate") return [];
    const start = LOWER_START.exec(paragraph.text);
    if (!start) return [];
    const previous = previousBody(context, paragraph.index);
    if (!previous || !OPEN_END.test(previous.text)) return [];
    return [makeFlag(typoBrokenSentence, paragraph.text, 0, start[0].length, "continues", {}, [])];
  },
};
