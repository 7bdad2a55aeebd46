import { readFileSync } from "node:fs";
import path from "node:path";
import { CHECKS, loadFlagger } from "@/lib/checks";
import type { Locale } from "@/lib/domain";
import { splitPlainText } from "@/lib/import/split-text";
import { loadSpeller, type Speller } from "@/lib/text/speller";
import { createIncrementalFlagger, type IncrementalInput } from "@/lib/workers/incremental-flagger";

/**
 * `npm run bench:recheck`: what answering a save costs, a whole-article run against the incremental re-check
 * (one paragraph edited, article-wide facts recomputed), on the seed article and a 2,000-paragraph one. In
 * process, without the worker's message passing; p50 of 15 edits each.
 */
const ROOT = path.resolve(import.meta.dirname, "..", "..");
const seed = splitPlainText(readFileSync(path.join(ROOT, "..", "shared", "fixtures", "seed-article.txt"), "utf8")).paragraphs;
const large = Array.from({ length: 2_000 }, (_, i) => seed[i % seed.length]);

const whole = await loadFlagger();
const [english, ptPT, ptBR] = await Promise.all([loadSpeller("en"), loadSpeller("pt-PT"), loadSpeller("pt-BR")]);
const spellers = new Map<Locale, Speller>([["pt-PT", ptPT], ["pt-BR", ptBR]]);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = (run: () => void) => {
  const started = performance.now();
  run();
  return performance.now() - started;
};

for (const [name, paragraphs] of [["seed article", seed], ["2,000 paragraphs", large]] as const) {
  const incremental = createIncrementalFlagger(spellers, { checks: {} }, CHECKS, english);
  let input: IncrementalInput = { locale: "pt-BR", paragraphs: [...paragraphs] };
  incremental.flagArticle(input);
  whole.flagArticle(input);
  const wholeMs: number[] = [];
  const incrementalMs: number[] = [];
  for (let edit = 0; edit < 15; edit++) {
    const at = (edit * 7 + 3) % input.paragraphs.length;
    input = { ...input, paragraphs: input.paragraphs.map((p, i) => (i === at ? { ...p, text: `${p.text} Edição ${edit}.` } : p)) };
    wholeMs.push(time(() => whole.flagArticle(input)));
    incrementalMs.push(time(() => incremental.flagArticle(input)));
  }
  console.log(`| ${name} | ${paragraphs.length} | ${median(wholeMs).toFixed(1)} | ${median(incrementalMs).toFixed(1)} | ${(median(wholeMs) / median(incrementalMs)).toFixed(1)}× |`);
}
