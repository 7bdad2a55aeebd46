import { beforeAll, describe, expect, it } from "vitest";
import { CHECKS, loadFlagger, type Flagger } from "@/lib/checks";
import type { Locale, ParagraphKind } from "@/lib/domain";
import type { GlossaryTerm } from "@/lib/glossary/types";
import { splitPlainText } from "@/lib/import/split-text";
import { loadSpeller, type Speller } from "@/lib/text/speller";
import { createIncrementalFlagger, skipKey, type IncrementalFlagger, type IncrementalInput } from "@/lib/workers/incremental-flagger";
import { PARAGRAPH_LOCAL_CHECKS } from "@/lib/workers/paragraph-checks";
import { readSharedFixture } from "../../shared-fixtures";

let whole: Flagger;
let spellers: Map<Locale, Speller>;
let english: Speller;

beforeAll(async () => {
  whole = await loadFlagger();
  english = await loadSpeller("en");
  spellers = new Map<Locale, Speller>([
    ["pt-PT", await loadSpeller("pt-PT")],
    ["pt-BR", await loadSpeller("pt-BR")],
  ]);
}, 60_000);

const fresh = (): IncrementalFlagger => createIncrementalFlagger(spellers, { checks: {} }, CHECKS, english);

const GLOSSARY: GlossaryTerm[] = [{ preferred: "Meituan", variants: ["Mei Tuan"], type: "entity", caseSensitive: false, locale: "both" }];

function seed(): IncrementalInput {
  return { locale: "pt-BR", glossary: GLOSSARY, acceptedWords: [], paragraphs: splitPlainText(readSharedFixture("seed-article.txt")).paragraphs };
}

type Edit = (input: IncrementalInput) => IncrementalInput;
const setText = (index: number, change: (text: string) => string): Edit => (input) => ({
  ...input,
  paragraphs: input.paragraphs.map((p, i) => (i === index ? { ...p, text: change(p.text) } : p)),
});
const setKind = (index: number, kind: ParagraphKind): Edit => (input) => ({ ...input, paragraphs: input.paragraphs.map((p, i) => (i === index ? { ...p, kind } : p)) });
const bodyIndex = (input: IncrementalInput, n: number) => input.paragraphs.map((p, i) => ({ p, i })).filter(({ p }) => p.kind === "body")[n].i;

describe("incremental re-check", () => {
  it("gives exactly the whole-article flags after every edit of a series, running local checks only on what changed", () => {
    const flagger = fresh();
    let input = seed();
    const first = flagger.flagArticle(input);
    expect(first.flags).toEqual(whole.flagArticle(input));
    expect(first.reused).toBe(0);
    const b = (n: number) => bodyIndex(input, n);
    const edits: [string, Edit, number][] = [
      // [what, edit, paragraphs whose text or kind it changes]
      ["a second spelling of an entity (article-wide: entity-spellings)", setText(b(2), (t) => `${t} A Meituan comprou a Light Years Beyond.`), 1],
      ["the same spelling fixed back", setText(b(2), (t) => t.replace(" A Meituan comprou a Light Years Beyond.", "")), 1],
      ["a quoted phrase used twice (article-wide: quoted-jargon)", setText(b(4), (t) => `${t} Falam de "aterragem suave" e de novo de "aterragem suave".`), 1],
      ["an acronym explained elsewhere (article-wide: english-acronym)", setText(b(6), (t) => `${t} O retorno do investimento (ROI) caiu.`), 1],
      ["a paragraph marked as site text", setKind(b(8), "boilerplate"), 1],
      ["the glossary's spelling of a name", setText(b(1), (t) => t.replace("Meituan", "Mei Tuan")), 1],
      ["a typo in a heading", (i) => setText(i.paragraphs.findIndex((p) => p.kind === "heading"), (t) => `${t}  ,`)(i), 1],
      ["two paragraphs at once", (i) => setText(b(3), (t) => t.toUpperCase())(setText(b(5), (t) => `${t} ${t}`)(i)), 2],
    ];
    for (const [what, edit, changed] of edits) {
      input = edit(input);
      const run = flagger.flagArticle(input);
      expect(run.flags, what).toEqual(whole.flagArticle(input));
      expect(run.computed, what).toBeLessThanOrEqual(changed * PARAGRAPH_LOCAL_CHECKS.size);
      expect(run.reused, what).toBeGreaterThan(0);
    }
  }, 120_000);

  it("runs everything again when the settings change (accepted words, glossary, locale)", () => {
    const flagger = fresh();
    const input = seed();
    flagger.flagArticle(input);
    for (const changed of [{ ...input, acceptedWords: ["yangnan"] }, { ...input, glossary: [] }, { ...input, locale: "pt-PT" as const }]) {
      const run = flagger.flagArticle(changed);
      expect(run.reused).toBe(0);
      expect(run.flags).toEqual(whole.flagArticle(changed));
    }
  }, 120_000);

  it("leaves out a check stopped in one paragraph and nothing else", () => {
    const flagger = fresh();
    const input = seed();
    const all = flagger.flagArticle(input).flags;
    const target = all.findIndex((list) => list.some((f) => f.check === "spelling"));
    const run = flagger.flagArticle(input, { skip: new Set([skipKey("spelling", target)]) });
    expect(run.flags[target]).toEqual(all[target].filter((f) => f.check !== "spelling"));
    run.flags.forEach((list, i) => i !== target && expect(list).toEqual(all[i]));
  }, 60_000);
});
