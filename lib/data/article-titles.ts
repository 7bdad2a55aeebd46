import { currentTitleOfStored } from "@/lib/export/headline";
import { prismaOf, type Db } from "./prisma-handle";

/**
 * Titles as they read now, for lists that load articles without their paragraphs: the stored title is
 * the headline as imported, and one query finds every headline to read its corrected text.
 */
export async function withCurrentTitles<A extends { id: number; title: string }>(db: Db, articles: A[]): Promise<A[]> {
  const prisma = prismaOf(db);
  if (articles.length === 0) return articles;
  const headlines = await prisma.paragraph.findMany({
    where: { kind: { not: "boilerplate" }, OR: articles.map((a) => ({ articleId: a.id, machineText: a.title })) },
    orderBy: { position: "asc" },
    select: { articleId: true, kind: true, machineText: true, currentText: true },
  });
  return articles.map((a) => ({ ...a, title: currentTitleOfStored(a.title, headlines.filter((h) => h.articleId === a.id)) }));
}
