import { prismaOf, type Db } from "./prisma-handle";

export type LiveChangeKind = "save" | "approve" | "dismiss" | "restore_flag" | "comment" | "presence" | "article" | "source";

export interface LiveChangeRecord {
  id: number;
  articleId: number;
  kind: LiveChangeKind;
  paragraphId: number | null;
  actorId: number | null;
  createdAt: Date;
}

/** The changes after `afterId` in the given articles, oldest first (the triggers in migration comments_live write them). */
export async function listLiveChanges({ db, articleIds, afterId, take = 500 }: { db: Db; articleIds: number[]; afterId: number; take?: number }): Promise<LiveChangeRecord[]> {
  const prisma = prismaOf(db);
  if (articleIds.length === 0) return [];
  const rows = await prisma.liveChange.findMany({
    where: { articleId: { in: articleIds }, id: { gt: BigInt(afterId) } },
    orderBy: { id: "asc" },
    take,
  });
  return rows.map((r) => ({ ...r, id: Number(r.id), kind: r.kind as LiveChangeKind }));
}

/** Where a new listener starts: changes before now are already in the page it loaded. */
export async function latestLiveChangeId({ db }: { db: Db }): Promise<number> {
  const prisma = prismaOf(db);
  const last = await prisma.liveChange.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  return last ? Number(last.id) : 0;
}

export async function articleExists({ db, articleId }: { db: Db; articleId: number }): Promise<boolean> {
  const prisma = prismaOf(db);
  return (await prisma.article.count({ where: { id: articleId } })) > 0;
}
