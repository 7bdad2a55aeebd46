import type { Entity } from "@/lib/lang/pt/entity-kb";
import { stripAccents } from "@/lib/text/inflection";

const norm = (s: string) => stripAccents(s.toLowerCase()).replace(/\s+/g, " ").trim();

/**
 * What is wrong with some knowledge-base files, read against the rest of the knowledge base: ids twice, a zh that is
 * neither Chinese nor one of the entity's own Latin names (PANews writes itself so in Chinese too), a misrendering
 * that is some entity's established name, and a one-word misrendering that is an ordinary Portuguese word with no
 * context rule: it would be flagged in every article.
 */
export function entityKbProblems(edited: Map<string, Entity[]>, rest: Entity[], isWord: (word: string) => boolean): string[] {
  const problems: string[] = [];
  const names = new Map<string, string>();
  for (const entity of [...rest, ...[...edited.values()].flat()]) for (const name of entity.names) names.set(norm(name), entity.id);
  const seen = new Map(rest.map((e) => [e.id, "the rest of the knowledge base"]));
  for (const [file, entities] of edited) {
    for (const entity of entities) {
      const earlier = seen.get(entity.id);
      if (earlier) problems.push(`${file}: id "${entity.id}" is also in ${earlier}`);
      seen.set(entity.id, file);
      if (!/\p{Script=Han}/u.test(entity.zh) && !entity.names.includes(entity.zh)) problems.push(`${entity.id}: zh is neither Chinese nor one of its names`);
      for (const m of entity.misrenderings) {
        const owner = names.get(norm(m.text));
        if (owner) problems.push(`${entity.id}: misrendering "${m.text}" is the established name of ${owner}`);
        if (!m.text.includes(" ") && !m.context && isWord(m.text.toLowerCase())) {
          problems.push(`${entity.id}: misrendering "${m.text}" is an ordinary Portuguese word and has no context rule`);
        }
      }
    }
  }
  return problems;
}
