import { readFileSync } from "node:fs";
import path from "node:path";
import { calqueFinder } from "@/lib/checks/calque";
import { calqueConcepts, parseCalqueFile } from "@/lib/lang/pt/calque-lexicon";
import { tokenize } from "@/lib/text/tokens";

/**
 * `tsx scripts/check-lexicon.ts FILE…`: validates calque lexicon files. Every bad example must fire its own
 * concept, every good example must fire no concept at all, and each suggestion must clear the match it fixes.
 * Exit 1 when anything is wrong.
 */
const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: tsx scripts/check-lexicon.ts lib/lang/pt/calques/FILE.json…");
  process.exit(2);
}

let problems = 0;
const report = (message: string) => {
  problems++;
  console.log(message);
};

for (const file of files) {
  let concepts;
  try {
    concepts = parseCalqueFile(JSON.parse(readFileSync(file, "utf8")), path.basename(file));
  } catch (error) {
    report(`${file}: ${(error as Error).message}`);
    continue;
  }
  // The file as it is now, with the rest of the shipped lexicon: a good example must stay silent for every concept.
  const domain = concepts[0]?.domain;
  const ids = new Set(concepts.map((c) => c.id));
  const findCalques = calqueFinder([...calqueConcepts().filter((c) => c.domain !== domain && !ids.has(c.id)), ...concepts]);
  for (const concept of concepts) {
    for (const bad of concept.examples.bad) {
      const hits = findCalques(bad);
      const own = hits.find((h) => h.concept.id === concept.id);
      if (!own) {
        report(`${concept.id}: bad example does not fire it${hits.length ? ` (fires ${hits.map((h) => h.concept.id).join(", ")})` : ""}: ${bad}`);
        continue;
      }
      for (const suggestion of concept.suggest["pt-PT"].slice(0, 1)) {
        if (/\{\d/.test(suggestion)) continue;
        const tokens = tokenize(bad);
        const start = tokens[own.first].start;
        const end = tokens[own.last].end;
        const fixed = bad.slice(0, start) + suggestion + bad.slice(end);
        const left = findCalques(fixed).filter((h) => h.concept.id === concept.id);
        if (left.length > 0) report(`${concept.id}: the suggestion "${suggestion}" still fires the concept: ${fixed}`);
      }
    }
    for (const good of concept.examples.good) {
      const hits = findCalques(good);
      if (hits.length > 0) report(`${concept.id}: good example fires ${hits.map((h) => h.concept.id).join(", ")}: ${good}`);
    }
  }
  console.log(`${file}: ${concepts.length} concepts checked`);
}
console.log(problems === 0 ? "no problems" : `${problems} problems`);
process.exit(problems === 0 ? 0 : 1);
