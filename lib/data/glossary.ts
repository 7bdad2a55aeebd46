import { RefusalError } from "@/lib/domain/refusal";
import { entryIdentity } from "@/lib/glossary/identity";
import type { GlossaryEntryData, GlossaryTerm, GlossaryType } from "@/lib/glossary/types";
import { prismaOf, type Db } from "./prisma-handle";
import { fromDbGlossaryLocale, toDbGlossaryLocale } from "./glossary-locale";
import type { GlossaryAction } from "./generated/prisma/enums";
import type { Prisma } from "./generated/prisma/client";
import type { Locale } from "@/lib/domain";

type Tx = Prisma.TransactionClient;

export class GlossaryEntryExistsError extends RefusalError {
  constructor(entry: Pick<GlossaryEntryData, "preferred" | "type" | "locale">) {
    super(
      { key: "glossaryEntryExists", values: { type: entry.type, preferred: entry.preferred, locale: entry.locale } },
      `The glossary already has a ${entry.type} entry "${entry.preferred}" for ${entry.locale === "both" ? "both locales" : entry.locale}.`,
    );
  }
}

export class GlossaryEntryNotFoundError extends RefusalError {
  constructor() {
    super({ key: "glossaryEntryGone" }, "This glossary entry no longer exists.");
  }
}

const entryView = {
  id: true,
  preferred: true,
  variants: true,
  sourceTerm: true,
  type: true,
  caseSensitive: true,
  locale: true,
  note: true,
  createdAt: true,
  updatedAt: true,
  updatedBy: { select: { name: true } },
} as const;

type EntryRow = Prisma.GlossaryEntryGetPayload<{ select: typeof entryView }>;

export interface GlossaryEntryView extends GlossaryEntryData {
  id: number;
  createdAt: Date;
  updatedAt: Date;
  updatedBy: string | null;
}

function toView(row: EntryRow): GlossaryEntryView {
  return { ...row, locale: fromDbGlossaryLocale(row.locale), updatedBy: row.updatedBy?.name ?? null };
}

export function entryData(entry: GlossaryEntryData): GlossaryEntryData {
  const { preferred, variants, sourceTerm, type, caseSensitive, locale, note } = entry;
  return { preferred, variants, sourceTerm, type, caseSensitive, locale, note };
}

function toRow(data: GlossaryEntryData) {
  return { ...entryData(data), locale: toDbGlossaryLocale(data.locale) };
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string })?.code === "P2002";
}

async function record(tx: Tx, entryId: number, action: GlossaryAction, data: GlossaryEntryData, userId: number | null) {
  await tx.glossaryEntryRevision.create({ data: { entryId, action, snapshot: { ...entryData(data) }, userId } });
}

export type GlossarySort = "preferred" | "updated" | "type";

export interface GlossaryQuery {
  search?: string;
  type?: GlossaryType;
  sort?: GlossarySort;
}

function folded(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** The glossary, filtered by type in the database and by a free-text search over every field in memory. */
export async function listGlossaryEntries(db: Db, query: GlossaryQuery = {}): Promise<GlossaryEntryView[]> {
  const prisma = prismaOf(db);
  // Several entries can share a preferred form (one per locale and type, the unique key): ordering by the whole
  // key, not by ids, makes an export imported elsewhere export again in the same order.
  const orderBy: Prisma.GlossaryEntryOrderByWithRelationInput[] = [
    ...(query.sort === "updated" ? [{ updatedAt: "desc" as const }] : query.sort === "type" ? [{ type: "asc" as const }, { preferred: "asc" as const }] : [{ preferred: "asc" as const }]),
    { locale: "asc" },
    { type: "asc" },
    { id: "asc" },
  ];
  const rows = await prisma.glossaryEntry.findMany({ where: query.type ? { type: query.type } : {}, orderBy, select: entryView });
  const entries = rows.map(toView);
  const needle = query.search ? folded(query.search.trim()) : "";
  if (!needle) return entries;
  return entries.filter((e) => [e.preferred, ...e.variants, e.sourceTerm ?? "", e.note ?? ""].some((field) => folded(field).includes(needle)));
}

export async function getGlossaryEntry(db: Db, id: number): Promise<GlossaryEntryView | null> {
  const prisma = prismaOf(db);
  const row = await prisma.glossaryEntry.findUnique({ where: { id }, select: entryView });
  return row ? toView(row) : null;
}

/** The entries that apply to an article, as the flagger reads them. */
export async function glossaryTermsFor(db: Db, locale: Locale): Promise<GlossaryTerm[]> {
  const prisma = prismaOf(db);
  const rows = await prisma.glossaryEntry.findMany({
    where: { locale: { in: [toDbGlossaryLocale("both"), toDbGlossaryLocale(locale)] } },
    select: { preferred: true, variants: true, type: true, caseSensitive: true, locale: true, note: true, sourceTerm: true },
    orderBy: { id: "asc" },
  });
  return rows.map((r) => ({ ...r, locale: fromDbGlossaryLocale(r.locale), note: r.note ?? undefined, sourceTerm: r.sourceTerm ?? undefined }));
}

export async function createGlossaryEntry(db: Db, data: GlossaryEntryData, userId: number | null): Promise<GlossaryEntryView> {
  const prisma = prismaOf(db);
  try {
    return await prisma.$transaction(async (tx) => {
      const row = await tx.glossaryEntry.create({ data: { ...toRow(data), updatedById: userId }, select: entryView });
      await record(tx, row.id, "create", data, userId);
      return toView(row);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new GlossaryEntryExistsError(data);
    throw error;
  }
}

export async function updateGlossaryEntry(db: Db, id: number, data: GlossaryEntryData, userId: number): Promise<GlossaryEntryView> {
  const prisma = prismaOf(db);
  try {
    return await prisma.$transaction(async (tx) => {
      const exists = await tx.glossaryEntry.findUnique({ where: { id }, select: { id: true } });
      if (!exists) throw new GlossaryEntryNotFoundError();
      const row = await tx.glossaryEntry.update({ where: { id }, data: { ...toRow(data), updatedById: userId }, select: entryView });
      await record(tx, id, "update", data, userId);
      return toView(row);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new GlossaryEntryExistsError(data);
    throw error;
  }
}

/** The entry goes; its history stays, ending with a snapshot of what was deleted. */
export async function deleteGlossaryEntry(db: Db, id: number, userId: number): Promise<void> {
  const prisma = prismaOf(db);
  await prisma.$transaction(async (tx) => {
    const row = await tx.glossaryEntry.findUnique({ where: { id }, select: entryView });
    if (!row) throw new GlossaryEntryNotFoundError();
    await record(tx, id, "delete", toView(row), userId);
    await tx.glossaryEntry.delete({ where: { id } });
  });
}

export async function listGlossaryHistory(db: Db, entryId: number) {
  const prisma = prismaOf(db);
  const rows = await prisma.glossaryEntryRevision.findMany({
    where: { entryId },
    orderBy: { id: "desc" },
    select: { id: true, action: true, snapshot: true, createdAt: true, user: { select: { name: true } } },
  });
  return rows.map((r) => ({ id: r.id, action: r.action, snapshot: r.snapshot as unknown as GlossaryEntryData, createdAt: r.createdAt, user: r.user?.name ?? null }));
}

export type GlossaryHistoryItem = Awaited<ReturnType<typeof listGlossaryHistory>>[number];

function sameData(a: GlossaryEntryData, b: GlossaryEntryData): boolean {
  return JSON.stringify(entryData(a)) === JSON.stringify(entryData(b));
}

/**
 * Adds the entry, or merges it into the entry with the same preferred form, type and locale: the existing
 * variants are kept and the new ones added; the other fields take the new values. Runs inside the caller's
 * transaction so that an import or an accepted suggestion is all or nothing.
 */
export async function mergeGlossaryEntry(tx: Tx, data: GlossaryEntryData, userId: number | null): Promise<{ id: number; outcome: "created" | "updated" | "unchanged" }> {
  const existing = await tx.glossaryEntry.findUnique({
    where: { preferred_locale_type: { preferred: data.preferred, locale: toDbGlossaryLocale(data.locale), type: data.type } },
    select: entryView,
  });
  if (!existing) {
    const row = await tx.glossaryEntry.create({ data: { ...toRow(data), updatedById: userId }, select: { id: true } });
    await record(tx, row.id, "create", data, userId);
    return { id: row.id, outcome: "created" };
  }
  const known = new Set(existing.variants.map((v) => v.toLowerCase()));
  const merged: GlossaryEntryData = { ...data, variants: [...existing.variants, ...data.variants.filter((v) => !known.has(v.toLowerCase()))] };
  if (sameData(merged, toView(existing))) return { id: existing.id, outcome: "unchanged" };
  await tx.glossaryEntry.update({ where: { id: existing.id }, data: { ...toRow(merged), updatedById: userId } });
  await record(tx, existing.id, "update", merged, userId);
  return { id: existing.id, outcome: "updated" };
}

/** Positions of the entries that importing would not change (already in the glossary as they are). */
export async function unchangedEntries(db: Db, entries: GlossaryEntryData[]): Promise<Set<number>> {
  const prisma = prismaOf(db);
  const rows = await prisma.glossaryEntry.findMany({ where: { preferred: { in: entries.map((e) => e.preferred) } }, select: entryView });
  const existing = new Map(rows.map(toView).map((v) => [entryIdentity(v), v] as const));
  const unchanged = new Set<number>();
  entries.forEach((entry, i) => {
    const current = existing.get(entryIdentity(entry));
    if (!current) return;
    const known = new Set(current.variants.map((v) => v.toLowerCase()));
    if (entry.variants.every((v) => known.has(v.toLowerCase())) && sameData({ ...entry, variants: current.variants }, current)) unchanged.add(i);
  });
  return unchanged;
}

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/** Imports entries in one transaction: either every entry is stored or none is. */
export async function importGlossaryEntries(db: Db, entries: GlossaryEntryData[], userId: number | null): Promise<ImportCounts> {
  const prisma = prismaOf(db);
  return prisma.$transaction(
    async (tx) => {
      const counts: ImportCounts = { created: 0, updated: 0, unchanged: 0 };
      for (const entry of entries) counts[(await mergeGlossaryEntry(tx, entry, userId)).outcome]++;
      return counts;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
