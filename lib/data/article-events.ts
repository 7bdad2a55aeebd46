import type { ArticleEventKind } from "./generated/prisma/enums";
import { prismaOf, type Db } from "./prisma-handle";

export interface NewArticleEvent {
  articleId: number;
  kind: ArticleEventKind;
  field?: string | null;
  oldValue?: string | null;
  newValue?: string | null;
  userId: number | null;
}

export async function createArticleEvents(db: Db, events: NewArticleEvent[]): Promise<void> {
  const prisma = prismaOf(db);
  if (events.length === 0) return;
  await prisma.articleEvent.createMany({
    data: events.map((e) => ({ articleId: e.articleId, kind: e.kind, field: e.field ?? null, oldValue: e.oldValue ?? null, newValue: e.newValue ?? null, userId: e.userId })),
  });
}

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
