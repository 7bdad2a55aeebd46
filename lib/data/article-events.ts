import type { ArticleEventKind } from "./generated/prisma/enums";
import { prismaOf, type Db } from "./prisma-handle";

export interface ArticleEventView {
  id: number;
  kind: ArticleEventKind;
  field: string | null;
  oldValue: string | null;
  newValue: string | null;
  userName: string | null;
  createdAt: Date;
}

/** Newest first: the history as a reader scans it. */
export async function listArticleEvents(db: Db, { articleId }: { articleId: number }): Promise<ArticleEventView[]> {
  const prisma = prismaOf(db);
  const rows = await prisma.articleEvent.findMany({
    where: { articleId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, kind: true, field: true, oldValue: true, newValue: true, createdAt: true, user: { select: { name: true } } },
  });
  return rows.map(({ user, ...e }) => ({ ...e, userName: user?.name ?? null }));
}
