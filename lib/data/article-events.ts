import type { ArticleEventKind } from "./generated/prisma/enums";
import type { Db } from "./db";

type EventWriter = Pick<Db, "articleEvent">;

export interface NewArticleEvent {
  articleId: number;
  kind: ArticleEventKind;
  field?: string | null;
  oldValue?: string | null;
  newValue?: string | null;
  userId: number | null;
}

export async function createArticleEvents(db: EventWriter, events: NewArticleEvent[]): Promise<void> {
  if (events.length === 0) return;
  await db.articleEvent.createMany({
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
  const rows = await db.articleEvent.findMany({
    where: { articleId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, kind: true, field: true, oldValue: true, newValue: true, createdAt: true, user: { select: { name: true } } },
  });
  return rows.map(({ user, ...e }) => ({ ...e, userName: user?.name ?? null }));
}
