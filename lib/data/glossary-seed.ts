import { calqueGlossaryEntries } from "@/lib/glossary/calque-entries";
import { entryIdentity } from "@/lib/glossary/identity";
import type { GlossaryEntryData } from "@/lib/glossary/types";
import type { Db } from "./db";
import { mergeGlossaryEntry } from "./glossary";

/**
 * Puts the calque lexicon into the glossary as entries of type calque. Idempotent: an entry the glossary
 * has ever held (even one an administrator edited or deleted since) is not added again.
 */
export async function seedCalqueEntries(db: Db, entries: GlossaryEntryData[] = calqueGlossaryEntries()): Promise<number> {
  const history = await db.glossaryEntryRevision.findMany({
    where: { snapshot: { path: ["type"], equals: "calque" } },
    select: { snapshot: true },
  });
  const seen = new Set(history.map((r) => entryIdentity(r.snapshot as unknown as GlossaryEntryData)));
  const missing = entries.filter((e) => !seen.has(entryIdentity(e)));
  if (missing.length === 0) return 0;
  return db.$transaction(
    async (tx) => {
      let created = 0;
      for (const entry of missing) if ((await mergeGlossaryEntry(tx, entry, null)).outcome === "created") created++;
      return created;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
