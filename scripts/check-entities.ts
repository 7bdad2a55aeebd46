import { readFileSync } from "node:fs";
import path from "node:path";
import { knownEntities, parseEntityFile, type Entity } from "@/lib/lang/pt/entity-kb";
import { stripAccents } from "@/lib/text/inflection";
import { loadSpeller } from "@/lib/text/speller";

/**
 * `tsx scripts/check-entities.ts FILE…`: validates entity knowledge-base files: the schema, ids unique across the
 * knowledge base, no misrendering that is some entity's established name, and no one-word misrendering that is an
 * ordinary Portuguese word (it would be flagged in every article). Exit 1 when anything is wrong.
 */
const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: tsx scripts/check-entities.ts lib/lang/pt/entities/FILE.json…");
  process.exit(2);
}
const norm = (s: string) => stripAccents(s.toLowerCase()).replace(/\s+/g, " ").trim();

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
let shipped: Entity[] = [];
try {
  shipped = knownEntities().filter((e) => !editedIds.has(e.id));
} catch (error) {
  console.log(`(the rest of the knowledge base does not load: ${(error as Error).message})`);
}
const all = [...shipped, ...[...edited.values()].flat()];
const names = new Map<string, string>();
for (const entity of all) for (const name of entity.names) names.set(norm(name), entity.id);

for (const [file, entities] of edited) {
  const ids = new Set<string>();
  for (const entity of entities) {
    if (ids.has(entity.id)) report(`${file}: id "${entity.id}" twice`);
    ids.add(entity.id);
    if (!/\p{Script=Han}/u.test(entity.zh)) report(`${entity.id}: zh has no Chinese characters`);
    for (const m of entity.misrenderings) {
      const owner = names.get(norm(m.text));
      if (owner) report(`${entity.id}: misrendering "${m.text}" is the established name of ${owner}`);
      if (!m.text.includes(" ") && (pt.correct(m.text.toLowerCase()) || br.correct(m.text.toLowerCase()))) report(`${entity.id}: misrendering "${m.text}" is an ordinary Portuguese word`);
      if (entity.names.some((n) => norm(n) === norm(m.text))) report(`${entity.id}: "${m.text}" is both a name and a misrendering`);
    }
  }
  console.log(`${file}: ${entities.length} entities checked`);
}
console.log(problems === 0 ? "no problems" : `${problems} problems`);
process.exit(problems === 0 ? 0 : 1);
