import { RefusalError } from "@/lib/domain/refusal";
import { openVariants } from "@/lib/glossary/contradictions";
import { suggestionKey } from "@/lib/glossary/identity";
import { mineCorrections } from "@/lib/glossary/mine-corrections";
import { mineSpellings } from "@/lib/checks/mine-spellings";
import type { MinedSuggestion, SuggestionEvidence } from "@/lib/glossary/suggestion";
import type { GlossaryEntryData } from "@/lib/glossary/types";
import { prismaOf, type Db } from "./prisma-handle";
import { mergeGlossaryEntry } from "./glossary";
import { fromDbLocale } from "./locale";
import type { Speller } from "@/lib/text/speller";

export class SuggestionDecidedError extends RefusalError {
  constructor() {
    super({ key: "suggestionDecided" }, "This suggestion was already accepted or rejected.");
  }
}

const lower = (s: string) => s.toLowerCase();

/**
 * Stores mined suggestions, leaving out what the glossary already knows or contradicts (openVariants) and
 * what reviewers rejected: a variant decided for that preferred form is dropped, and a suggestion with no
 * variant left is not offered. An open suggestion for the same preferred form is refreshed in place.
 */
export async function storeSuggestions(db: Db, mined: MinedSuggestion[]): Promise<number> {
  const prisma = prismaOf(db);
  if (mined.length === 0) return 0;
  const [entries, decided, open] = await Promise.all([
    prisma.glossaryEntry.findMany({ select: { preferred: true, variants: true } }),
    prisma.glossarySuggestion.findMany({ where: { status: { not: "open" } }, select: { key: true, preferred: true, variants: true } }),
    prisma.glossarySuggestion.findMany({ where: { status: "open" }, select: { id: true, key: true, preferred: true, origin: true } }),
  ]);
  const decidedVariants = new Map<string, Set<string>>();
  for (const s of decided) {
    const set = decidedVariants.get(lower(s.preferred)) ?? new Set<string>();
    for (const v of s.variants) set.add(lower(v));
    decidedVariants.set(lower(s.preferred), set);
  }
  const decidedKeys = new Set(decided.map((s) => s.key));
  let stored = 0;
  for (const suggestion of mined) {
    const known = decidedVariants.get(lower(suggestion.preferred)) ?? new Set();
    const variants = (openVariants(suggestion, entries) ?? []).filter((v) => !known.has(lower(v)));
    if (variants.length === 0) continue;
    const key = suggestionKey(suggestion.preferred, variants);
    if (decidedKeys.has(key)) continue;
    const data = { key, preferred: suggestion.preferred, variants, type: suggestion.type, origin: suggestion.origin, evidence: { ...suggestion.evidence } };
    const same = open.find((o) => o.key === key || (lower(o.preferred) === lower(suggestion.preferred) && o.origin === suggestion.origin));
    if (same) await prisma.glossarySuggestion.update({ where: { id: same.id }, data });
    else await prisma.glossarySuggestion.upsert({ where: { key }, create: data, update: {} });
    stored++;
  }
  return stored;
}

/** Mines the corrections reviewers made in every article (paragraphs saved at least once). */
export async function refreshCorrectionSuggestions(db: Db): Promise<number> {
  const prisma = prismaOf(db);
  const paragraphs = await prisma.paragraph.findMany({
    where: { version: { gt: 1 }, kind: { not: "boilerplate" } },
    select: { articleId: true, position: true, machineText: true, currentText: true },
  });
  return storeSuggestions(db, mineCorrections(paragraphs.filter((p) => p.machineText !== p.currentText)));
}

/** Mines "one entity, several spellings" in each article's current text (or in one article). */
export async function refreshSpellingSuggestions(db: Db, options: { articleId?: number; speller?: Speller | null } = {}): Promise<number> {
  const prisma = prismaOf(db);
  const articles = await prisma.article.findMany({
    where: options.articleId ? { id: options.articleId } : {},
    select: { id: true, locale: true, paragraphs: { orderBy: { position: "asc" }, select: { position: true, kind: true, currentText: true } } },
  });
  const mined = articles.flatMap((a) =>
    mineSpellings(
      { id: a.id, locale: fromDbLocale(a.locale), paragraphs: a.paragraphs.map((p) => ({ position: p.position, kind: p.kind, text: p.currentText })) },
      options.speller ?? null,
    ),
  );
  return storeSuggestions(db, mined);
}

export interface SuggestionView {
  id: number;
  preferred: string;
  variants: string[];
  type: GlossaryEntryData["type"];
  origin: string;
  evidence: SuggestionEvidence;
  createdAt: Date;
}

/** Open suggestions as the glossary stands now: an entry made since a suggestion was mined may know or contradict it. */
export async function listOpenSuggestions(db: Db): Promise<SuggestionView[]> {
  const prisma = prismaOf(db);
  const [rows, entries] = await Promise.all([
    prisma.glossarySuggestion.findMany({
      where: { status: "open" },
      orderBy: { id: "asc" },
      select: { id: true, preferred: true, variants: true, type: true, origin: true, evidence: true, createdAt: true },
    }),
    prisma.glossaryEntry.findMany({ select: { preferred: true, variants: true } }),
  ]);
  return rows.flatMap((r) => {
    const variants = openVariants(r, entries) ?? [];
    return variants.length > 0 ? [{ ...r, variants, evidence: r.evidence as unknown as SuggestionEvidence }] : [];
  });
}

/** Accepts a suggestion as the entry the reviewer confirmed (perhaps edited), merged into an existing entry if there is one. */
export async function acceptSuggestion(db: Db, id: number, entry: GlossaryEntryData, userId: number): Promise<{ entryId: number }> {
  const prisma = prismaOf(db);
  return prisma.$transaction(async (tx) => {
    const decided = await tx.glossarySuggestion.updateMany({ where: { id, status: "open" }, data: { status: "accepted", decidedById: userId, decidedAt: new Date() } });
    if (decided.count === 0) throw new SuggestionDecidedError();
    const { id: entryId } = await mergeGlossaryEntry(tx, entry, userId);
    return { entryId };
  });
}

export async function rejectSuggestion(db: Db, id: number, userId: number): Promise<void> {
  const prisma = prismaOf(db);
  const decided = await prisma.glossarySuggestion.updateMany({ where: { id, status: "open" }, data: { status: "rejected", decidedById: userId, decidedAt: new Date() } });
  if (decided.count === 0) throw new SuggestionDecidedError();
}
