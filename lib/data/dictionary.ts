import { RefusalError } from "@/lib/domain/refusal";
import type { GlossaryLocale } from "@/lib/glossary/types";
import type { DictionaryWordData } from "@/lib/validation/word";
import { prismaOf, type Db } from "./prisma-handle";
import type { Prisma } from "./generated/prisma/client";
import type { DictionaryAction } from "./generated/prisma/enums";
import { fromDbGlossaryLocale, toDbGlossaryLocale } from "./glossary-locale";
import type { Locale } from "@/lib/domain";

type Tx = Prisma.TransactionClient;

export class DictionaryWordExistsError extends RefusalError {
  constructor(word: string) {
    super({ key: "dictionaryWordExists", values: { word } }, `“${word}” is already in the dictionary; edit it there to change its locale or note.`);
  }
}

export class DictionaryWordNotFoundError extends RefusalError {
  constructor() {
    super({ key: "dictionaryWordGone" }, "This word is no longer in the dictionary.");
  }
}

export interface DictionaryWordView extends DictionaryWordData {
  id: number;
  updatedAt: Date;
  updatedBy: string | null;
}

export interface DictionaryRevisionView extends DictionaryWordData {
  id: number;
  action: DictionaryAction;
  createdAt: Date;
  user: string | null;
}

const wordView = { id: true, word: true, locale: true, note: true, updatedAt: true, updatedBy: { select: { name: true } } } as const;
const revisionView = { id: true, action: true, word: true, locale: true, note: true, createdAt: true, user: { select: { name: true } } } as const;

type WordRow = Prisma.DictionaryWordGetPayload<{ select: typeof wordView }>;
type RevisionRow = Prisma.DictionaryRevisionGetPayload<{ select: typeof revisionView }>;

function toView(row: WordRow): DictionaryWordView {
  return { ...row, locale: fromDbGlossaryLocale(row.locale), updatedBy: row.updatedBy?.name ?? null };
}

function toRevisionView(row: RevisionRow): DictionaryRevisionView {
  return { ...row, locale: fromDbGlossaryLocale(row.locale), user: row.user?.name ?? null };
}

function toRow(data: DictionaryWordData) {
  return { word: data.word, locale: toDbGlossaryLocale(data.locale), note: data.note };
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string })?.code === "P2002";
}

async function record(tx: Tx, wordId: number, action: DictionaryAction, data: DictionaryWordData, userId: number) {
  await tx.dictionaryRevision.create({ data: { wordId, action, ...toRow(data), userId } });
}

export async function listDictionaryWords(db: Db): Promise<DictionaryWordView[]> {
  const prisma = prismaOf(db);
  const rows = await prisma.dictionaryWord.findMany({ select: wordView, orderBy: { word: "asc" } });
  return rows.map(toView);
}

/** The words the spelling check accepts in an article of this locale, sorted so that the flag cache's key is stable. */
export async function dictionaryWordsFor(db: Db, locale: Locale): Promise<string[]> {
  const prisma = prismaOf(db);
  const locales: GlossaryLocale[] = ["both", locale];
  const rows = await prisma.dictionaryWord.findMany({ where: { locale: { in: locales.map(toDbGlossaryLocale) } }, select: { word: true }, orderBy: { word: "asc" } });
  return rows.map((r) => r.word);
}

export async function createDictionaryWord(db: Db, data: DictionaryWordData, userId: number): Promise<DictionaryWordView> {
  const prisma = prismaOf(db);
  try {
    return await prisma.$transaction(async (tx) => {
      const row = await tx.dictionaryWord.create({ data: { ...toRow(data), updatedById: userId }, select: wordView });
      await record(tx, row.id, "added", data, userId);
      return toView(row);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DictionaryWordExistsError(data.word);
    throw error;
  }
}

export async function updateDictionaryWord(db: Db, id: number, data: DictionaryWordData, userId: number): Promise<DictionaryWordView> {
  const prisma = prismaOf(db);
  try {
    return await prisma.$transaction(async (tx) => {
      const exists = await tx.dictionaryWord.findUnique({ where: { id }, select: { id: true } });
      if (!exists) throw new DictionaryWordNotFoundError();
      const row = await tx.dictionaryWord.update({ where: { id }, data: { ...toRow(data), updatedById: userId }, select: wordView });
      await record(tx, id, "edited", data, userId);
      return toView(row);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DictionaryWordExistsError(data.word);
    throw error;
  }
}

/** The word goes; its history stays, ending with what was removed and by whom. */
export async function deleteDictionaryWord(db: Db, id: number, userId: number): Promise<DictionaryWordView> {
  const prisma = prismaOf(db);
  return prisma.$transaction(async (tx) => {
    const row = await tx.dictionaryWord.findUnique({ where: { id }, select: wordView });
    if (!row) throw new DictionaryWordNotFoundError();
    const removed = toView(row);
    await record(tx, id, "removed", removed, userId);
    await tx.dictionaryWord.delete({ where: { id } });
    return removed;
  });
}

export async function listDictionaryHistory(db: Db, wordId: number): Promise<DictionaryRevisionView[]> {
  const prisma = prismaOf(db);
  const rows = await prisma.dictionaryRevision.findMany({ where: { wordId }, select: revisionView, orderBy: { id: "desc" } });
  return rows.map(toRevisionView);
}

/**
 * Words removed from the dictionary and not added back, newest first: once a word is gone its history
 * hangs on nothing else, and this is where a reviewer sees who removed it.
 */
export async function listRemovedDictionaryWords(db: Db, limit = 50): Promise<DictionaryRevisionView[]> {
  const prisma = prismaOf(db);
  const rows = await prisma.dictionaryRevision.findMany({ where: { action: "removed", wordId: null }, select: revisionView, orderBy: { id: "desc" }, take: limit });
  const present = new Set((await prisma.dictionaryWord.findMany({ where: { word: { in: rows.map((r) => r.word) } }, select: { word: true } })).map((r) => r.word));
  const seen = new Set<string>();
  return rows
    .filter((r) => !present.has(r.word) && !seen.has(r.word) && seen.add(r.word))
    .slice(0, limit)
    .map(toRevisionView);
}
