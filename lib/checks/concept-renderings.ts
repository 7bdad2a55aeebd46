import type { Check, CheckContext, Flag, GlossaryTerm } from "@/lib/checks/types";
import { PORTUGUESE_FUNCTION_WORDS } from "@/lib/checks/data/portuguese-function-words";
import { makeFlag } from "@/lib/checks/flag";
import { tokensOf } from "@/lib/text/tokens";

/** One occurrence of a noun–adjective concept in one of its word orders. */
interface Rendering {
  paragraph: number;
  start: number;
  end: number;
  /** "post" = noun adjective, "pre" = adjective noun, "scale" = noun em/de grande/larga escala. */
  shape: string;
  words: [string, string];
}

const SCALE = /^(?:em|de)\s(?:grande|larga)\sescala$/;

function lemma(word: string): string {
  return word.length > 3 && word.endsWith("s") ? word.slice(0, -1) : word;
}

function isContentWord(word: string): boolean {
  return word.length >= 3 && /^\p{Ll}+$/u.test(word) && !PORTUGUESE_FUNCTION_WORDS.has(word);
}

export const conceptRenderings: Check = {
  id: "concept-renderings",
  title: "One concept, several renderings",
  description:
    "The same noun and adjective in both word orders (\"modelo grande\" / \"grande modelo\" / \"modelos em grande escala\") " +
    "within one article, and glossary variants used instead of the preferred term: the minority renderings are flagged.",
  category: "Terminology",
  defaultSeverity: "minor",
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
    const flags = analyse(context).get(paragraph.index) ?? [];
    return context.glossary.length > 0 ? [...flags, ...glossaryFlags(paragraph.text, context)] : flags;
  },
};

const cache = new WeakMap<CheckContext, Map<number, Flag[]>>();

function analyse(context: CheckContext): Map<number, Flag[]> {
  const cached = cache.get(context);
  if (cached) return cached;
  const byConcept = new Map<string, Rendering[]>();
  const add = (r: Rendering, noun: string, adjective: string) => {
    const key = `${lemma(noun)} ${lemma(adjective)}`;
    const list = byConcept.get(key);
    if (list) list.push(r);
    else byConcept.set(key, [r]);
  };
  for (const paragraph of context.paragraphs) {
    if (paragraph.kind === "boilerplate") continue;
    const tokens = tokensOf(paragraph);
    const text = paragraph.text;
    for (let i = 0; i + 1 < tokens.length; i++) {
      const a = tokens[i].text;
      const b = tokens[i + 1].text;
      if (text.slice(tokens[i].end, tokens[i + 1].start) !== " " || !isContentWord(a)) continue;
      const base = { paragraph: paragraph.index, start: tokens[i].start, words: [a, b] as [string, string] };
      if (i + 3 < tokens.length && SCALE.test(text.slice(tokens[i + 1].start, tokens[i + 3].end))) {
        add({ ...base, end: tokens[i + 3].end, shape: text.slice(tokens[i + 1].start, tokens[i + 3].end) }, a, "grande");
      }
      if (!isContentWord(b)) continue;
      // Both orders are recorded under both readings; only a concept seen in two shapes is ever flagged.
      add({ ...base, end: tokens[i + 1].end, shape: "post" }, a, b);
      add({ ...base, end: tokens[i + 1].end, shape: "pre" }, b, a);
    }
  }

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
      const flag = makeFlag(conceptRenderings, text, r.start, r.end,
        `"${text.slice(r.start, r.end)}" and "${context.paragraphs[model.paragraph].text.slice(model.start, model.end)}" render the same concept: this article mostly uses the second form.`,
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

/** The flagged occurrence rewritten in the preferred shape, keeping its own inflection. */
function rewrite(r: Rendering, shape: string): string | null {
  const [first, second] = r.words;
  if (r.shape === "post" || r.shape === "pre") {
    if (shape === "post" || shape === "pre") return `${second} ${first}`;
    // "grandes modelos" → "modelos em grande escala"
    return r.shape === "pre" && /^grandes?$/.test(first) ? `${second} ${shape}` : null;
  }
  const plural = first.endsWith("s");
  const adjective = plural ? "grandes" : "grande";
  if (shape === "post") return `${first} ${adjective}`;
  if (shape === "pre") return `${adjective} ${first}`;
  return `${first} ${shape}`;
}

const patterns = new WeakMap<GlossaryTerm[], { term: GlossaryTerm; re: RegExp }[]>();

function glossaryFlags(text: string, context: CheckContext): Flag[] {
  let list = patterns.get(context.glossary);
  if (!list) {
    list = context.glossary
      .filter((t) => t.type !== "calque" && t.variants.length > 0)
      .map((term) => ({
        term,
        re: new RegExp(
          `(?<![\\p{L}\\p{N}])(?:${term.variants.map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})(?![\\p{L}\\p{N}])`,
          term.caseSensitive ? "gu" : "giu",
        ),
      }));
    patterns.set(context.glossary, list);
  }
  const flags: Flag[] = [];
  for (const { term, re } of list) {
    if (term.locale !== "both" && term.locale !== context.locale) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      flags.push(
        makeFlag(conceptRenderings, text, m.index, m.index + m[0].length,
          `The glossary prefers "${term.preferred}" to "${m[0]}".${term.note ? ` ${term.note}` : ""}`,
          [term.preferred], term.type === "entity" ? "major" : "minor"),
      );
    }
  }
  return flags;
}
