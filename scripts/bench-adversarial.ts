// `npx tsx scripts/bench-adversarial.ts`: the flagger (every check) and the importer on 40,000 characters of hostile
// text beside 40,000 of ordinary Portuguese, in CPU time (fastest of three). Issue 11 measured 32 s, 6.4 s and 1.1 s.
import { readFileSync } from "node:fs";
import path from "node:path";
import { loadFlagger } from "@/lib/checks";
import { parseImport } from "@/lib/import";

const FIXTURES = path.resolve(import.meta.dirname, "..", "..", "shared", "fixtures");
const LENGTH = 40_000;

const INPUTS: [string, string][] = [
  ["ordinary Portuguese", readFileSync(path.join(FIXTURES, "clean-pt-article.txt"), "utf8").replace(/\s+/g, " ").repeat(20).slice(0, LENGTH)],
  ["“ × 40,000", "“".repeat(LENGTH)],
  ["40,000 spaces ending in x", " ".repeat(LENGTH - 1) + "x"],
  ['"A " × 20,000', "A ".repeat(LENGTH / 2)],
  ["<!-- × 10,000 (Markdown)", "<!--".repeat(LENGTH / 4)],
  ["<a × 20,000 (Markdown)", "<a".repeat(LENGTH / 2)],
  ["![ × 20,000 (Markdown)", "![".repeat(LENGTH / 2)],
  ["1. × 20,000 with an address", "veja x@y.com " + "1.".repeat(LENGTH / 2)],
];

async function cpuMs(work: () => unknown): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const start = process.cpuUsage();
    await work();
    const { user, system } = process.cpuUsage(start);
    best = Math.min(best, (user + system) / 1000);
  }
  return best;
}

const flagger = await loadFlagger({ locales: ["pt-PT"] });
for (const [name, text] of INPUTS) {
  const filename = name.includes("Markdown") ? "hostile.md" : "hostile.txt";
  const flagMs = await cpuMs(() => flagger.flagArticle({ locale: "pt-PT", paragraphs: [{ kind: "body", text }] }));
  const importMs = await cpuMs(() => parseImport({ kind: "file", bytes: new TextEncoder().encode(text), filename }));
  console.log(`adversarial: ${name}: flag ${flagMs.toFixed(0)} ms, import ${importMs.toFixed(0)} ms`);
}
