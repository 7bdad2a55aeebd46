import { z } from "zod";
import type { Check, CheckContext } from "@/lib/checks/types";
import { PORTUGUESE_FUNCTION_WORDS } from "@/lib/lang/pt/portuguese-function-words";
import { makeFlag } from "@/lib/checks/flag";
import { tokensOf } from "@/lib/text/tokens";
import type { Flag } from "@/lib/domain";

/** One occurrence of a noun–adjective concept in one of its word orders. */
interface Rendering {
  paragraph: number;
  start: number;
  end: number;
  /** ORDER + the lemma written first, for a pair of words; "em grande escala" and the like for the scale shape. */
  shape: string;
  words: [string, string];
}

const ORDER = "order:";
const SCALE = /^(?:em|de)\s(?:grande|larga)\sescala$/;

function lemma(word: string): string {
  return word.length > 3 && word.endsWith("s") ? word.slice(0, -1) : word;
}

function isContentWord(word: string): boolean {
  const c = word.charCodeAt(0);
  // Lower-case first letter (ASCII or Latin-1 accented): cheaper than a Unicode regex on every word.
  return word.length >= 3 && ((c >= 97 && c <= 122) || (c >= 223 && c <= 255)) && !PORTUGUESE_FUNCTION_WORDS.has(word);
}

export const conceptRenderings: Check = {
  id: "concept-renderings",
  title: "One concept, several renderings",
  description:
    "The same noun and adjective in both word orders (\"modelo grande\" / \"grande modelo\" / \"modelos em grande escala\") " +
    "within one article: the minority renderings are flagged. Glossary variants are the glossary check's.",
  category: "Terminology",
  mqm: "Terminology / Inconsistent use of terminology",
  defaultSeverity: "minor",
  suggests: "sometimes",
  exclusive: false,
  options: z.strictObject({}),
  messages: {
    minority: "«{found}» e «{preferred}» exprimem o mesmo conceito: este artigo usa sobretudo a segunda forma.",
  },
  examples: {
    bad: [
      { text: "Os grandes modelos ainda falham.", article: ["O modelo grande é caro.", "Cada modelo grande precisa de dados."] },
      { text: "Os modelos em grande escala custam caro.", article: ["O modelo grande é caro.", "Um modelo grande novo."] },
    ],
    good: [
      { text: "O modelo grande é caro e o modelo pequeno é barato.", article: ["Cada modelo grande precisa de dados."] },
      { text: "Uma grande parte do mercado cresceu." },
    ],
  },
  run(paragraph, context) {
    return analyse(context).get(paragraph.index) ?? [];
  },
};

const cache = new WeakMap<CheckContext, Map<number, Flag[]>>();

function analyse(context: CheckContext): Map<number, Flag[]> {
  const cached = cache.get(context);
  if (cached) return cached;
  // Pass 1 counts each ordered pair; only a pair also seen reversed (or in the "escala" shape) is ever flagged,
  // so renderings are only built for those.
  const pairs = new Map<string, number>();
  const scaled = new Set<string>();
  forEachPair(context, (a, b, scale) => {
    if (scale) scaled.add(lemma(a));
    if (b !== null) {
      const key = `${lemma(a)} ${lemma(b)}`;
      pairs.set(key, (pairs.get(key) ?? 0) + 1);
    }
  });
  const byConcept = new Map<string, Rendering[]>();
  const add = (r: Rendering, x: string, y: string) => {
    const key = x < y ? `${x} ${y}` : `${y} ${x}`;
    const list = byConcept.get(key);
    if (list) list.push(r);
    else byConcept.set(key, [r]);
  };
  forEachPair(context, (a, b, scale, paragraph, start, end, scaleEnd) => {
    const la = lemma(a);
    const base = { paragraph, start, words: [a, b ?? ""] as [string, string] };
    if (scale) add({ ...base, end: scaleEnd, shape: scale }, la, "grande");
    if (b === null) return;
    const lb = lemma(b);
    if (pairs.has(`${lb} ${la}`) || (lb === "grande" && scaled.has(la)) || (la === "grande" && scaled.has(lb))) {
      add({ ...base, end, shape: `${ORDER}${la}` }, la, lb);
    }
  });

  const flags = new Map<number, Flag[]>();
  for (const renderings of byConcept.values()) {
    const counts = new Map<string, number>();
    for (const r of renderings) counts.set(r.shape, (counts.get(r.shape) ?? 0) + 1);
    if (counts.size < 2) continue;
    // Ties go to the shape seen first.
    const best = [...counts.entries()].reduce((x, y) => (y[1] > x[1] ? y : x))[0];
    const model = renderings.find((r) => r.shape === best)!;
    for (const r of renderings) {
      if (r.shape === best) continue;
      const text = context.paragraphs[r.paragraph].text;
      const suggestion = rewrite(r, best);
      const flag = makeFlag(conceptRenderings, text, r.start, r.end, "minority",
        { found: text.slice(r.start, r.end), preferred: context.paragraphs[model.paragraph].text.slice(model.start, model.end) },
        suggestion ? [suggestion] : []);
      const list = flags.get(r.paragraph);
      if (list) list.push(flag);
      else flags.set(r.paragraph, [flag]);
    }
  }
  for (const list of flags.values()) list.sort((x, y) => x.start - y.start);
  cache.set(context, flags);
  return flags;
}

type PairVisitor = (a: string, b: string | null, scale: string | null, paragraph: number, start: number, end: number, scaleEnd: number) => void;

/** Adjacent content-word pairs of the article; `scale` is set when the first word is followed by "em grande escala". */
function forEachPair(context: CheckContext, visit: PairVisitor) {
  for (const paragraph of context.paragraphs) {
    if (paragraph.kind === "boilerplate") continue;
    const tokens = tokensOf(paragraph);
    const text = paragraph.text;
    for (let i = 0; i + 1 < tokens.length; i++) {
      const a = tokens[i].text;
      if (!isContentWord(a) || tokens[i + 1].start !== tokens[i].end + 1) continue;
      const b = tokens[i + 1].text;
      const scale =
        i + 3 < tokens.length && (b === "em" || b === "de") && tokens[i + 3].text === "escala" && SCALE.test(text.slice(tokens[i + 1].start, tokens[i + 3].end))
          ? text.slice(tokens[i + 1].start, tokens[i + 3].end)
          : null;
      const pairable = isContentWord(b) && text.charCodeAt(tokens[i].end) === 32;
      if (scale || pairable) visit(a, pairable ? b : null, scale, paragraph.index, tokens[i].start, tokens[i + 1].end, scale ? tokens[i + 3].end : 0);
    }
  }
}

/** The flagged occurrence rewritten in the preferred shape, keeping its own inflection. */
function rewrite(r: Rendering, shape: string): string | null {
  const [first, second] = r.words;
  const isPair = (x: string) => x.startsWith(ORDER);
  if (isPair(r.shape) && isPair(shape)) return `${second} ${first}`;
  if (isPair(r.shape)) {
    // "grandes modelos" → "modelos em grande escala"
    if (/^grandes?$/.test(first)) return `${second} ${shape}`;
    return /^grandes?$/.test(second) ? `${first} ${shape}` : null;
  }
  const adjective = first.endsWith("s") ? "grandes" : "grande";
  if (isPair(shape)) return shape === `${ORDER}grande` ? `${adjective} ${first}` : `${first} ${adjective}`;
  return `${first} ${shape}`;
}
