import { readFileSync } from "node:fs";
import path from "node:path";
import { knownEntities, parseEntityFile, type Entity } from "@/lib/lang/pt/entity-kb";
import { entityKbProblems } from "@/lib/checks/entity-kb-problems";
import { loadSpeller } from "@/lib/text/speller";

/**
 * `tsx scripts/check-entities.ts FILE…`: validates entity knowledge-base files, the schema and then
 * `entityKbProblems` against the rest of the knowledge base, with both spellers as the judge of ordinary words.
 * Exit 1 when anything is wrong.
 */
const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: tsx scripts/check-entities.ts lib/lang/pt/entities/FILE.json…");
  process.exit(2);
}

let problems = 0;
const report = (message: string) => {
  problems++;
  console.log(message);
};

const [pt, br] = await Promise.all([loadSpeller("pt-PT"), loadSpeller("pt-BR")]);
const edited = new Map<string, Entity[]>();
for (const file of files) {
  try {
    edited.set(path.basename(file, ".json"), parseEntityFile(JSON.parse(readFileSync(file, "utf8")), path.basename(file)));
  } catch (error) {
    report(`${file}: ${(error as Error).message}`);
  }
}
const editedIds = new Set([...edited.values()].flat().map((e) => e.id));
let rest: Entity[] = [];
try {
  rest = knownEntities().filter((e) => !editedIds.has(e.id));
} catch (error) {
  console.log(`(the rest of the knowledge base does not load: ${(error as Error).message})`);
}
for (const problem of entityKbProblems(edited, rest, (word) => pt.correct(word) || br.correct(word))) report(problem);
for (const [file, entities] of edited) console.log(`${file}: ${entities.length} entities checked`);
console.log(problems === 0 ? "no problems" : `${problems} problems`);
process.exit(problems === 0 ? 0 : 1);
