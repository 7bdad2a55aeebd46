import { createHash } from "node:crypto";
import type { Flagger } from "@/lib/checks";
import type { SourceInput } from "@/lib/checks/source-context";
import type { Flag, Locale, ParagraphKind } from "@/lib/domain";
import type { GlossaryTerm } from "@/lib/glossary/types";

interface Entry {
  key: string;
  flags: Flag[][];
}

// Enough for the articles a team has open at once; the oldest entry goes first.
const LIMIT = 64;
const cache = new Map<string, Entry>();

function keyOf(locale: Locale, glossary: GlossaryTerm[], acceptedWords: readonly string[], paragraphs: readonly { kind: ParagraphKind; text: string }[], source: SourceInput | undefined): string {
  const hash = createHash("sha1").update(locale).update(JSON.stringify(glossary)).update(JSON.stringify(acceptedWords)).update(JSON.stringify(source ?? null));
  for (const p of paragraphs) hash.update("\u0001").update(p.kind).update("\u0002").update(p.text);
  return hash.digest("base64");
}

/**
 * The flags of an article's texts, computed once per distinct content: reopening an unchanged article
 * (or counting the flags of its never-changing machine text) costs a hash, not a run of every check.
 */
export function cachedFlags(
  flagger: Flagger,
  slot: string,
  input: { locale: Locale; glossary: GlossaryTerm[]; acceptedWords?: readonly string[]; paragraphs: { kind: ParagraphKind; text: string }[]; source?: SourceInput },
  compute: () => Flag[][] = () => flagger.flagArticle(input),
): Flag[][] {
  const key = keyOf(input.locale, input.glossary, input.acceptedWords ?? [], input.paragraphs, input.source);
  const hit = cache.get(slot);
  if (hit?.key === key) {
    cache.delete(slot);
    cache.set(slot, hit);
    return hit.flags;
  }
  const flags = compute();
  cache.delete(slot);
  cache.set(slot, { key, flags });
  if (cache.size > LIMIT) cache.delete(cache.keys().next().value!);
  return flags;
}
