import { calqueGlossaryEntries } from "@/lib/glossary/calque-entries";
import { entryIdentity } from "@/lib/glossary/identity";
import type { GlossaryEntryData } from "@/lib/glossary/types";
import { prismaOf, type Db } from "./prisma-handle";
import { entryData } from "./glossary";
import { toDbGlossaryLocale } from "./glossary-locale";

/**
 * Puts the calque lexicon into the glossary as entries of type calque. Idempotent: an entry the glossary
 * has ever held (even one an administrator edited or deleted since) is not added again. Two app servers
 * seeding at once both see the same entries missing: the insert skips on conflict (ON CONFLICT DO NOTHING)
 * and each records history only for the rows it inserted, so neither fails on the unique key.
 */
export async function seedCalqueEntries(db: Db, entries: GlossaryEntryData[] = calqueGlossaryEntries()): Promise<number> {
  const prisma = prismaOf(db);
  const history = await prisma.glossaryEntryRevision.findMany({
    where: { snapshot: { path: ["type"], equals: "calque" } },
    select: { snapshot: true },
  });
  const seen = new Set(history.map((r) => entryIdentity(r.snapshot as unknown as GlossaryEntryData)));
  const missing = entries.filter((e) => !seen.has(entryIdentity(e)));
  if (missing.length === 0) return 0;
  return prisma.$transaction(
    async (tx) => {
      const inserted = await tx.glossaryEntry.createManyAndReturn({
        data: missing.map((entry) => ({ ...entryData(entry), locale: toDbGlossaryLocale(entry.locale) })),
        skipDuplicates: true,
        select: { id: true, preferred: true, locale: true, type: true },
      });
      const byKey = new Map(missing.map((entry) => [`${entry.preferred}\u0000${toDbGlossaryLocale(entry.locale)}\u0000${entry.type}`, entry]));
      await tx.glossaryEntryRevision.createMany({
        data: inserted.map((row) => ({
          entryId: row.id,
          action: "create" as const,
          snapshot: { ...entryData(byKey.get(`${row.preferred}\u0000${row.locale}\u0000${row.type}`)!) },
          userId: null,
        })),
      });
      return inserted.length;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
