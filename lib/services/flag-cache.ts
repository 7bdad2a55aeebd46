import { createHash } from "node:crypto";
import { LRUCache } from "lru-cache";
import type { SourceInput } from "@/lib/checks/source-context";
import type { Locale, ParagraphKind } from "@/lib/domain";
import type { GlossaryTerm } from "@/lib/glossary/types";
import { flagPool, type FlagOutcome } from "@/lib/workers/pool";

export interface FlagInput {
  locale: Locale;
  glossary: GlossaryTerm[];
  acceptedWords?: readonly string[];
  paragraphs: { kind: ParagraphKind; text: string }[];
  source?: SourceInput;
}

interface Entry {
  key: string;
  outcome: Promise<FlagOutcome>;
}

// Enough for the articles a team has open at once; the least recently opened goes first.
const cache = new LRUCache<string, Entry>({ max: 64 });

function keyOf(input: FlagInput): string {
  const hash = createHash("sha1")
    .update(input.locale)
    .update(JSON.stringify(input.glossary))
    .update(JSON.stringify(input.acceptedWords ?? []))
    .update(JSON.stringify(input.source ?? null));
  for (const p of input.paragraphs) hash.update("\u0001").update(p.kind).update("\u0002").update(p.text);
  return hash.digest("base64");
}

/**
 * The flags of an article's texts, computed once per distinct content on the flagging pool: reopening an
 * unchanged article costs a hash, and readers opening it at once wait for one run, not one each.
 */
export function cachedFlags(slot: string, input: FlagInput, compute: () => Promise<FlagOutcome> = () => flagPool().flag(slot, input)): Promise<FlagOutcome> {
  const key = keyOf(input);
  const hit = cache.get(slot);
  if (hit?.key === key) return hit.outcome;
  const outcome = compute();
  cache.set(slot, { key, outcome });
  // A failed run is not kept: the next request tries again.
  outcome.catch(() => cache.get(slot)?.outcome === outcome && cache.delete(slot));
  return outcome;
}
