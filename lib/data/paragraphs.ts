import { mergeWords, type MergePart } from "@/lib/diff/merge";
import { finalParagraphText } from "@/lib/validation/paragraph";
import { ArticleArchivedError, isArticleArchivedIn, recordArticleChange } from "./article-status";
import { prismaOf, type Db, type PrismaTx } from "./prisma-handle";
import { writeParagraphText } from "./write-paragraph-text";
import type { RevisionKind } from "./generated/prisma/enums";
import type { ParagraphKind } from "@/lib/domain";
import { encodeRevisionNote } from "@/lib/domain/revision-note";

const paragraphView = {
  id: true,
  articleId: true,
  position: true,
  kind: true,
  machineText: true,
  currentText: true,
  status: true,
  version: true,
  updatedAt: true,
  approvedAt: true,
  updatedBy: { select: { name: true } },
  approvedBy: { select: { name: true } },
} as const;

async function readParagraph(tx: Pick<PrismaTx, "paragraph">, id: number) {
  return tx.paragraph.findUnique({ where: { id }, select: paragraphView });
}

export type ParagraphView = NonNullable<Awaited<ReturnType<typeof readParagraph>>>;

/** A paragraph's current text and version, or null when it does not exist. */
export async function getParagraphText(db: Db, { paragraphId }: { paragraphId: number }): Promise<{ currentText: string; version: number } | null> {
  const prisma = prismaOf(db);
  return prisma.paragraph.findUnique({ where: { id: paragraphId }, select: { currentText: true, version: true } });
}

/** A save based on an older version, merged with the text saved meanwhile. */
export interface MergedSave {
  baseVersion: number;
  withVersion: number;
  withAuthor: string | null;
}

/** Overlapping edits: the spans both changed, for the reviewer to settle one by one. */
export interface MergeConflict {
  baseVersion: number;
  parts: MergePart[];
}

export type SaveResult =
  | { ok: true; paragraph: ParagraphView; changed: boolean; merged?: MergedSave }
  | { ok: false; reason: "conflict"; current: ParagraphView; merge?: MergeConflict }
  | { ok: false; reason: "not_found" };

export interface SaveText {
  paragraphId: number;
  /** The version the editor started from: a save based on an older one is refused, unless `merge` is set. */
  baseVersion: number;
  text: string;
  userId: number;
  kind?: RevisionKind;
  note?: string;
  /**
   * A typed edit based on an older version is merged word by word with the newer text (the base being the
   * older version's revision); only overlapping edits are refused, with the spans to settle. Computed texts
   * (a suggestion spliced in at offsets, a restored revision) never merge: their offsets or intent are stale.
   */
  merge?: boolean;
}

async function mergeWithNewer(tx: Pick<PrismaTx, "revision">, input: SaveText, current: ParagraphView): Promise<{ text: string; merged: MergedSave } | { conflict: MergeConflict } | null> {
  const revisions = await tx.revision.findMany({
    where: { paragraphId: input.paragraphId, version: { in: [input.baseVersion, current.version] } },
    select: { version: true, text: true, author: { select: { name: true } } },
  });
  const base = revisions.find((r) => r.version === input.baseVersion);
  if (!base || input.baseVersion > current.version) return null;
  const outcome = mergeWords(base.text, input.text, current.currentText);
  if (outcome.text === null) return { conflict: { baseVersion: input.baseVersion, parts: outcome.parts } };
  const withAuthor = revisions.find((r) => r.version === current.version)?.author?.name ?? null;
  return { text: finalParagraphText(outcome.text), merged: { baseVersion: input.baseVersion, withVersion: current.version, withAuthor } };
}

/**
 * Saves a new current text: the version check and the revision are written in one transaction, so
 * an accepted save always has its revision and a stale one changes nothing.
 */
export async function saveParagraphText(db: Db, input: SaveText): Promise<SaveResult> {
  const prisma = prismaOf(db);
  return prisma.$transaction(async (tx) => {
    const before = await readParagraph(tx, input.paragraphId);
    if (!before) return { ok: false, reason: "not_found" } as const;
    let text = input.text;
    let merged: MergedSave | undefined;
    if (before.version !== input.baseVersion) {
      const outcome = input.merge ? await mergeWithNewer(tx, input, before) : null;
      if (!outcome) return { ok: false, reason: "conflict", current: before } as const;
      if ("conflict" in outcome) return { ok: false, reason: "conflict", current: before, merge: outcome.conflict } as const;
      ({ text, merged } = outcome);
    }
    if (before.currentText === text) return { ok: true, paragraph: before, changed: false, merged } as const;
    const written = await writeParagraphText(tx, {
      paragraphId: input.paragraphId,
      articleId: before.articleId,
      version: before.version,
      text,
      userId: input.userId,
      revision: {
        kind: merged ? "merge" : (input.kind ?? "edit"),
        note: merged
          ? encodeRevisionNote({ key: "merged", values: { base: merged.baseVersion, with: merged.withVersion, author: merged.withAuthor ?? "none" } })
          : input.note,
      },
    });
    if (!written) {
      const current = await readParagraph(tx, input.paragraphId);
      return current ? ({ ok: false, reason: "conflict", current } as const) : ({ ok: false, reason: "not_found" } as const);
    }
    const paragraph = (await readParagraph(tx, input.paragraphId))!;
    return { ok: true, paragraph, changed: true, merged } as const;
  });
}

export interface SetKind {
  paragraphId: number;
  baseVersion: number;
  kind: ParagraphKind;
  userId: number;
}

/**
 * A kind decides what is exported and checked, so changing it is a change like an edit: version-checked
 * (a reviewer looking at an older state is refused) and kept in the history as a revision of the same text.
 */
export async function setParagraphKind(db: Db, input: SetKind): Promise<SaveResult> {
  const prisma = prismaOf(db);
  return prisma.$transaction(async (tx) => {
    const before = await readParagraph(tx, input.paragraphId);
    if (!before) return { ok: false, reason: "not_found" } as const;
    if (before.version !== input.baseVersion) return { ok: false, reason: "conflict", current: before } as const;
    if (before.kind === input.kind) return { ok: true, paragraph: before, changed: false } as const;
    const nextVersion = input.baseVersion + 1;
    const updated = await tx.paragraph.updateMany({
      where: { id: input.paragraphId, version: input.baseVersion },
      data: { kind: input.kind, version: nextVersion, updatedById: input.userId, updatedAt: new Date() },
    });
    if (updated.count === 0) {
      const current = await readParagraph(tx, input.paragraphId);
      return current ? ({ ok: false, reason: "conflict", current } as const) : ({ ok: false, reason: "not_found" } as const);
    }
    await tx.revision.create({
      data: {
        paragraphId: input.paragraphId,
        version: nextVersion,
        text: before.currentText,
        kind: "kind_change",
        authorId: input.userId,
        note: encodeRevisionNote({ key: "kindChange", values: { from: before.kind, to: input.kind } }),
      },
    });
    await recordArticleChange(tx, { articleId: before.articleId, userId: input.userId });
    const paragraph = (await readParagraph(tx, input.paragraphId))!;
    return { ok: true, paragraph, changed: true } as const;
  });
}

export type ApproveResult = { ok: true; paragraph: ParagraphView } | { ok: false; reason: "conflict"; current: ParagraphView } | { ok: false; reason: "not_found" };

/** Approval is of a specific text: approving a version someone has since changed is refused. */
export async function approveParagraph(db: Db, paragraphId: number, baseVersion: number, userId: number): Promise<ApproveResult> {
  const prisma = prismaOf(db);
  return prisma.$transaction(async (tx) => {
    const updated = await tx.paragraph.updateMany({
      where: { id: paragraphId, version: baseVersion },
      data: { status: "approved", approvedById: userId, approvedAt: new Date() },
    });
    const current = await readParagraph(tx, paragraphId);
    if (!current) return { ok: false, reason: "not_found" } as const;
    if (updated.count === 0) return { ok: false, reason: "conflict", current } as const;
    if (await isArticleArchivedIn(tx, { articleId: current.articleId })) throw new ArticleArchivedError();
    return { ok: true, paragraph: current } as const;
  });
}

export async function getParagraph(db: Db, paragraphId: number) {
  return readParagraph(prismaOf(db), paragraphId);
}

export async function listRevisions(db: Db, paragraphId: number) {
  const prisma = prismaOf(db);
  return prisma.revision.findMany({
    where: { paragraphId },
    orderBy: { version: "desc" },
    select: { id: true, version: true, text: true, kind: true, createdAt: true, note: true, author: { select: { name: true } } },
  });
}

export async function getRevision(db: Db, revisionId: number) {
  const prisma = prismaOf(db);
  return prisma.revision.findUnique({ where: { id: revisionId }, select: { id: true, paragraphId: true, version: true, text: true } });
}

export async function articleIdOfParagraph(db: Db, paragraphId: number): Promise<number | null> {
  const prisma = prismaOf(db);
  const paragraph = await prisma.paragraph.findUnique({ where: { id: paragraphId }, select: { articleId: true } });
  return paragraph?.articleId ?? null;
}

export interface RevisionStamp {
  paragraphId: number;
  version: number;
  kind: RevisionKind;
  authorId: number | null;
  authorName: string | null;
}

/**
 * The article's paragraphs past the versions a page holds, with their revisions from the one the page holds
 * on (so the author of the text a later revision was merged with is known).
 */
export async function paragraphsChangedSince(db: Db, articleId: number, known: ReadonlyMap<number, number>) {
  const prisma = prismaOf(db);
  const versions = await prisma.paragraph.findMany({ where: { articleId }, select: { id: true, version: true } });
  const changed = versions.filter((p) => p.version > (known.get(p.id) ?? 0));
  if (changed.length === 0) return { paragraphs: [], revisions: [] };
  const [paragraphs, revisions] = await Promise.all([
    prisma.paragraph.findMany({ where: { id: { in: changed.map((p) => p.id) } }, select: paragraphView, orderBy: { position: "asc" } }),
    prisma.revision.findMany({
      where: { OR: changed.map((p) => ({ paragraphId: p.id, version: { gte: known.get(p.id) ?? 1 } })) },
      orderBy: [{ paragraphId: "asc" }, { version: "asc" }],
      select: { paragraphId: true, version: true, kind: true, authorId: true, author: { select: { name: true } } },
    }),
  ]);
  const stamps: RevisionStamp[] = revisions.map((r) => ({ paragraphId: r.paragraphId, version: r.version, kind: r.kind, authorId: r.authorId, authorName: r.author?.name ?? null }));
  return { paragraphs, revisions: stamps };
}

export async function getRevisionAt(db: Db, paragraphId: number, version: number) {
  const prisma = prismaOf(db);
  return prisma.revision.findUnique({ where: { paragraphId_version: { paragraphId, version } }, select: { id: true, version: true, text: true, kind: true } });
}

/** Every stored revision of these paragraphs: what a load run checks each acknowledged save against. */
export async function listRevisionsForParagraphs(db: Db, { paragraphIds }: { paragraphIds: number[] }): Promise<{ paragraphId: number; version: number; text: string; authorId: number | null }[]> {
  const prisma = prismaOf(db);
  return prisma.revision.findMany({
    where: { paragraphId: { in: paragraphIds } },
    orderBy: [{ paragraphId: "asc" }, { version: "asc" }],
    select: { paragraphId: true, version: true, text: true, authorId: true },
  });
}

/** The current text and version of these paragraphs, in no particular order. */
export async function listParagraphTexts(db: Db, { paragraphIds }: { paragraphIds: number[] }): Promise<{ id: number; version: number; currentText: string }[]> {
  const prisma = prismaOf(db);
  return prisma.paragraph.findMany({ where: { id: { in: paragraphIds } }, select: { id: true, version: true, currentText: true } });
}

/** How many revisions of the paragraph hold exactly this text: whether a save was stored at all. */
export async function countRevisionsWithText(db: Db, { paragraphId, text }: { paragraphId: number; text: string }): Promise<number> {
  const prisma = prismaOf(db);
  return prisma.revision.count({ where: { paragraphId, text } });
}
