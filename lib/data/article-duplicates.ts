import { prismaOf, type Db } from "./prisma-handle";
import { withCurrentTitles } from "./article-titles";

export interface DuplicateArticle {
  id: number;
  title: string;
  archived: boolean;
  /** What makes it a duplicate: the same machine text, the same source URL, or both. */
  sameText: boolean;
  sameSourceUrl: boolean;
}

/** Articles already holding this machine text or this source URL, archived ones included (they are still there). */
export async function findDuplicateArticles(db: Db, { textHash, sourceUrl }: { textHash: string; sourceUrl: string | null }): Promise<DuplicateArticle[]> {
  const prisma = prismaOf(db);
  const url = sourceUrl?.trim() || null;
  const rows = await prisma.article.findMany({
    where: { OR: [{ textHash }, ...(url ? [{ sourceUrl: url }] : [])] },
    orderBy: { id: "asc" },
    take: 10,
    select: { id: true, title: true, archivedAt: true, textHash: true, sourceUrl: true },
  });
  return (await withCurrentTitles(db, rows)).map((r) => ({
    id: r.id,
    title: r.title,
    archived: r.archivedAt !== null,
    sameText: r.textHash === textHash,
    sameSourceUrl: url !== null && r.sourceUrl === url,
  }));
}
