import { RefusalError } from "@/lib/domain/refusal";
import { findVariants } from "@/lib/glossary/match";
import { applyReplacements, planOccurrences, type Occurrence, type ParagraphText } from "@/lib/glossary/plan-apply";
import type { MatchableTerm } from "@/lib/glossary/types";
import { finalParagraphText, ParagraphTextError } from "@/lib/validation/paragraph";
import { isArticleArchivedIn } from "./article-status";
import { withCurrentTitles } from "./article-titles";
import { prismaOf, type Db } from "./prisma-handle";
import { writeParagraphText } from "./write-paragraph-text";
import { encodeRevisionNote } from "@/lib/domain/revision-note";

/** Apply-to-all looks at an article, or at every article. */
export interface BulkScope {
  articleId?: number;
}

export async function loadParagraphTexts(db: Db, scope: BulkScope): Promise<ParagraphText[]> {
  const prisma = prismaOf(db);
  const rows = await prisma.paragraph.findMany({
    // Site text is excluded from export; changing it would only add noise to the preview.
    // Archived articles are read-only, so apply-to-all neither shows nor changes them.
    where: { kind: { not: "boilerplate" }, article: { archivedAt: null }, ...(scope.articleId ? { articleId: scope.articleId } : {}) },
    orderBy: [{ articleId: "asc" }, { position: "asc" }],
    select: { id: true, articleId: true, position: true, version: true, currentText: true },
  });
  return rows.map((r) => ({ paragraphId: r.id, articleId: r.articleId, position: r.position, version: r.version, text: r.currentText }));
}

export interface BulkPreview {
  occurrences: Occurrence[];
  articles: Record<number, string>;
}

/** Every occurrence of the entry's variants in scope, each with its context, for a reviewer to check or uncheck. */
export async function previewBulkChange(db: Db, term: MatchableTerm, scope: BulkScope): Promise<BulkPreview> {
  const prisma = prismaOf(db);
  const occurrences = planOccurrences(await loadParagraphTexts(db, scope), term);
  const ids = [...new Set(occurrences.map((o) => o.articleId))];
  const titles = await withCurrentTitles(db, await prisma.article.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } }));
  return { occurrences, articles: Object.fromEntries(titles.map((t) => [t.id, t.title])) };
}

/** An occurrence the reviewer kept checked in the preview: where it was, not what to put there. */
export type CheckedOccurrence = Pick<Occurrence, "paragraphId" | "version" | "start" | "end">;

export interface SkippedParagraph {
  paragraphId: number;
  articleId: number | null;
  position: number | null;
  reason: "edited since the preview" | "edited since the bulk change" | "not found" | "the result would be refused" | "the article is archived";
  /** For a refused result: what the paragraph validator said. */
  detail?: string;
}

export interface BulkApplyResult {
  bulkChangeId: number | null;
  paragraphs: number;
  replacements: number;
  skipped: SkippedParagraph[];
}

function byParagraph<T extends { paragraphId: number }>(items: T[]): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const item of items) {
    const list = map.get(item.paragraphId);
    if (list) list.push(item);
    else map.set(item.paragraphId, [item]);
  }
  return map;
}

/** The same description whoever applies the entry, built from the entry rather than taken from the client. */
export function bulkChangeDescription(term: MatchableTerm): string {
  return encodeRevisionNote({ key: "glossary", values: { variants: term.variants.join(", ").slice(0, 200), preferred: term.preferred.slice(0, 100) } });
}

/**
 * Applies the checked occurrences in one transaction. The server finds the entry's variants in each paragraph
 * again and replaces a checked place only where a variant still stands, with the replacement it computes itself:
 * the client says which occurrences, never what text goes in. Each changed paragraph gets one revision of kind
 * bulk linked to a single BulkChange. A paragraph whose version moved since the preview is skipped and reported
 * (a bulk change never overwrites someone's newer edit), as is one whose result the paragraph validator refuses.
 */
export async function applyBulkChange(db: Db, input: { term: MatchableTerm; occurrences: CheckedOccurrence[]; userId: number }): Promise<BulkApplyResult> {
  const prisma = prismaOf(db);
  const description = bulkChangeDescription(input.term);
  return prisma.$transaction(
    async (tx) => {
      const result: BulkApplyResult = { bulkChangeId: null, paragraphs: 0, replacements: 0, skipped: [] };
      for (const [paragraphId, checked] of byParagraph(input.occurrences)) {
        const paragraph = await tx.paragraph.findUnique({ where: { id: paragraphId }, select: { articleId: true, position: true, version: true, currentText: true } });
        if (!paragraph) {
          result.skipped.push({ paragraphId, articleId: null, position: null, reason: "not found" });
          continue;
        }
        const at = { paragraphId, articleId: paragraph.articleId, position: paragraph.position };
        if (await isArticleArchivedIn(tx, { articleId: paragraph.articleId })) {
          result.skipped.push({ ...at, reason: "the article is archived" });
          continue;
        }
        const version = checked[0].version;
        const found = new Map(findVariants(paragraph.currentText, input.term).map((m) => [`${m.start}:${m.end}`, m]));
        const planned = checked.map((c) => found.get(`${c.start}:${c.end}`));
        const replacements = planned.every((m) => m !== undefined) ? planned : null;
        const spliced =
          replacements && paragraph.version === version && checked.every((c) => c.version === version)
            ? applyReplacements(paragraph.currentText, replacements)
            : null;
        if (spliced === null) {
          result.skipped.push({ ...at, reason: "edited since the preview" });
          continue;
        }
        let text: string;
        try {
          text = finalParagraphText(spliced);
        } catch (error) {
          if (!(error instanceof ParagraphTextError)) throw error;
          result.skipped.push({ ...at, reason: "the result would be refused", detail: error.message });
          continue;
        }
        if (text === paragraph.currentText) continue;
        result.bulkChangeId ??= (await tx.bulkChange.create({ data: { description, createdById: input.userId }, select: { id: true } })).id;
        const written = await writeParagraphText(tx, {
          paragraphId,
          articleId: paragraph.articleId,
          version,
          text,
          userId: input.userId,
          revision: { kind: "bulk", note: description, bulkChangeId: result.bulkChangeId },
        });
        if (!written) {
          result.skipped.push({ ...at, reason: "edited since the preview" });
          continue;
        }
        result.paragraphs++;
        result.replacements += checked.length;
      }
      return result;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

export class BulkChangeUndoError extends RefusalError {}

export interface BulkUndoResult {
  restored: number;
  skipped: SkippedParagraph[];
}

/**
 * Undoes an apply-to-all in one step, with new revisions (history is never rewritten). A paragraph edited
 * after the bulk change keeps its newer text and is reported.
 */
export async function undoBulkChange(db: Db, bulkChangeId: number, userId: number): Promise<BulkUndoResult> {
  const prisma = prismaOf(db);
  return prisma.$transaction(
    async (tx) => {
      const bulk = await tx.bulkChange.findUnique({
        where: { id: bulkChangeId },
        select: { undoneAt: true, revisions: { select: { paragraphId: true, version: true } } },
      });
      if (!bulk) throw new BulkChangeUndoError({ key: "bulkChangeGone" }, "This bulk change does not exist.");
      if (bulk.undoneAt) throw new BulkChangeUndoError({ key: "bulkChangeUndone" }, "This bulk change was already undone.");
      const claimed = await tx.bulkChange.updateMany({ where: { id: bulkChangeId, undoneAt: null }, data: { undoneAt: new Date(), undoneById: userId } });
      if (claimed.count === 0) throw new BulkChangeUndoError({ key: "bulkChangeUndone" }, "This bulk change was already undone.");
      const result: BulkUndoResult = { restored: 0, skipped: [] };
      for (const revision of bulk.revisions) {
        const paragraph = await tx.paragraph.findUnique({ where: { id: revision.paragraphId }, select: { articleId: true, position: true, version: true } });
        if (!paragraph) continue;
        if (await isArticleArchivedIn(tx, { articleId: paragraph.articleId })) {
          result.skipped.push({ paragraphId: revision.paragraphId, articleId: paragraph.articleId, position: paragraph.position, reason: "the article is archived" });
          continue;
        }
        const previous = await tx.revision.findUnique({
          where: { paragraphId_version: { paragraphId: revision.paragraphId, version: revision.version - 1 } },
          select: { text: true },
        });
        const written =
          paragraph.version === revision.version &&
          previous !== null &&
          (await writeParagraphText(tx, {
            paragraphId: revision.paragraphId,
            articleId: paragraph.articleId,
            version: revision.version,
            text: previous.text,
            userId,
            revision: { kind: "restore", note: encodeRevisionNote({ key: "bulkUndo", values: { id: bulkChangeId } }) },
          }));
        if (!written) {
          result.skipped.push({ paragraphId: revision.paragraphId, articleId: paragraph.articleId, position: paragraph.position, reason: "edited since the bulk change" });
          continue;
        }
        result.restored++;
      }
      return result;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

export async function listBulkChanges(db: Db, limit = 20) {
  const prisma = prismaOf(db);
  const rows = await prisma.bulkChange.findMany({
    orderBy: { id: "desc" },
    take: limit,
    select: {
      id: true,
      description: true,
      createdAt: true,
      undoneAt: true,
      createdBy: { select: { name: true } },
      undoneBy: { select: { name: true } },
      _count: { select: { revisions: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    description: r.description,
    createdAt: r.createdAt,
    undoneAt: r.undoneAt,
    createdBy: r.createdBy?.name ?? null,
    undoneBy: r.undoneBy?.name ?? null,
    paragraphs: r._count.revisions,
  }));
}

export type BulkChangeView = Awaited<ReturnType<typeof listBulkChanges>>[number];

/** The articles apply-to-all can be limited to, most recently changed first. */
export async function listScopeArticles(db: Db): Promise<{ id: number; title: string }[]> {
  const prisma = prismaOf(db);
  return withCurrentTitles(db, await prisma.article.findMany({ orderBy: { updatedAt: "desc" }, select: { id: true, title: true } }));
}
