import { calqueGlossaryEntries } from "@/lib/glossary/calque-entries";
import { entryIdentity } from "@/lib/glossary/identity";
import type { GlossaryEntryData } from "@/lib/glossary/types";
import { prismaOf, type Db } from "./prisma-handle";
import { entryData } from "./glossary";
import { fromDbGlossaryLocale, toDbGlossaryLocale } from "./glossary-locale";

/**
 * Puts the calque lexicon into the glossary as entries of type calque, and brings the entries nobody has changed
 * up to date with it. Idempotent: an entry the glossary has ever held (even one an administrator edited or deleted
 * since) is not added again. Returns how many entries were added. Two app servers seeding at once both see the
 * same entries missing: the insert skips on conflict (ON CONFLICT DO NOTHING) and each records history only for
 * the rows it inserted, so neither fails on the unique key.
 */
export async function seedCalqueEntries(db: Db, entries: GlossaryEntryData[] = calqueGlossaryEntries()): Promise<number> {
  const prisma = prismaOf(db);
  const history = await prisma.glossaryEntryRevision.findMany({
    where: { snapshot: { path: ["type"], equals: "calque" } },
    select: { snapshot: true },
  });
  const seen = new Set(history.map((r) => entryIdentity(r.snapshot as unknown as GlossaryEntryData)));
  const missing = entries.filter((e) => !seen.has(entryIdentity(e)));
  const added = missing.length === 0 ? 0 : await insertSeeded(db, missing);
  await refreshSeededCalqueEntries(db, entries);
  return added;
}

async function insertSeeded(db: Db, missing: GlossaryEntryData[]): Promise<number> {
  const prisma = prismaOf(db);
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

const sameContent = (a: GlossaryEntryData, b: GlossaryEntryData) =>
  a.note === b.note && a.sourceTerm === b.sourceTerm && a.caseSensitive === b.caseSensitive && a.variants.join("\u0000") === b.variants.join("\u0000");

/**
 * Entries the seed added and no person has changed since follow the lexicon as it ships, so that a gloss reworded
 * (the notes were English before they were Portuguese) or a variant added reaches databases seeded earlier. An
 * entry anybody edited keeps what they made of it. Each row is compare-and-set on its last change, so two app
 * servers refreshing at once write it, and its history, once.
 */
export async function refreshSeededCalqueEntries(db: Db, entries: GlossaryEntryData[] = calqueGlossaryEntries()): Promise<number> {
  const prisma = prismaOf(db);
  const shipped = new Map(entries.map((e) => [entryIdentity(e), e]));
  const rows = await prisma.glossaryEntry.findMany({
    where: { type: "calque", revisions: { every: { userId: null } } },
    select: { id: true, preferred: true, variants: true, sourceTerm: true, type: true, caseSensitive: true, locale: true, note: true, updatedAt: true },
  });
  let refreshed = 0;
  for (const row of rows) {
    const stored: GlossaryEntryData = { ...row, locale: fromDbGlossaryLocale(row.locale) };
    const next = shipped.get(entryIdentity(stored));
    if (!next || sameContent(stored, next)) continue;
    const wrote = await prisma.$transaction(async (tx) => {
      const { count } = await tx.glossaryEntry.updateMany({
        where: { id: row.id, updatedAt: row.updatedAt, updatedById: null },
        data: { variants: next.variants, sourceTerm: next.sourceTerm, caseSensitive: next.caseSensitive, note: next.note },
      });
      if (count === 1) await tx.glossaryEntryRevision.create({ data: { entryId: row.id, action: "update", snapshot: { ...entryData(next) }, userId: null } });
      return count;
    });
    refreshed += wrote;
  }
  return refreshed;
}
