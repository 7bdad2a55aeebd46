import { prismaOf, type Db } from "./prisma-handle";

export type ArchiveOutcome = { ok: true; changed: boolean } | { ok: false; reason: "not_found" };

/**
 * Archiving only marks the article: its paragraphs, revisions, flags and history all stay, and restoring
 * brings it back exactly as it was. Doing it twice changes nothing and records nothing.
 */
export async function setArticleArchived(db: Db, { articleId, archived, userId }: { articleId: number; archived: boolean; userId: number }): Promise<ArchiveOutcome> {
  const prisma = prismaOf(db);
  return prisma.$transaction(async (tx) => {
    const updated = await tx.article.updateMany({
      where: { id: articleId, archivedAt: archived ? null : { not: null } },
      data: { archivedAt: archived ? new Date() : null },
    });
    if (updated.count === 0) {
      const exists = await tx.article.count({ where: { id: articleId } });
      return exists ? { ok: true, changed: false } : { ok: false, reason: "not_found" };
    }
    await tx.articleEvent.create({ data: { articleId, kind: archived ? "archive" : "restore", userId } });
    return { ok: true, changed: true };
  });
}
