import { prismaOf, type Db } from "./prisma-handle";

/** A page that has not said it is still open for this long no longer counts as someone viewing. */
export const PRESENCE_TIMEOUT_MS = 30_000;

export interface Viewer {
  userId: number;
  name: string;
  role: string;
}

/** The page is open: the first call from a page makes it appear to others, later ones keep it there. */
export async function touchPresence({ db, pageId, articleId, userId, now = new Date() }: { db: Db; pageId: string; articleId: number; userId: number; now?: Date }): Promise<void> {
  const prisma = prismaOf(db);
  await prisma.articlePresence.upsert({
    where: { pageId },
    create: { pageId, articleId, userId, seenAt: now },
    update: { articleId, userId, seenAt: now },
  });
}

/** A page of this user left (closed, navigated away). Another user's page id is left alone. */
export async function removePresence({ db, pageId, userId }: { db: Db; pageId: string; userId: number }): Promise<void> {
  const prisma = prismaOf(db);
  await prisma.articlePresence.deleteMany({ where: { pageId, userId } });
}

/** Rows of pages closed without saying so (a crash, a lost connection), so that they leave for everyone. */
export async function removeStalePresence({ db, now = new Date() }: { db: Db; now?: Date }): Promise<number> {
  const prisma = prismaOf(db);
  const removed = await prisma.articlePresence.deleteMany({ where: { seenAt: { lt: new Date(now.getTime() - PRESENCE_TIMEOUT_MS) } } });
  return removed.count;
}

/** Who has the article open now, one entry per person however many tabs they have. */
export async function listViewers({ db, articleId, now = new Date() }: { db: Db; articleId: number; now?: Date }): Promise<Viewer[]> {
  const prisma = prismaOf(db);
  const rows = await prisma.articlePresence.findMany({
    where: { articleId, seenAt: { gte: new Date(now.getTime() - PRESENCE_TIMEOUT_MS) } },
    distinct: ["userId"],
    orderBy: { userId: "asc" },
    select: { user: { select: { id: true, name: true, role: true } } },
  });
  return rows.map((r) => ({ userId: r.user.id, name: r.user.name, role: r.user.role })).sort((a, b) => a.name.localeCompare(b.name, "pt"));
}

export async function listUserNames({ db, ids }: { db: Db; ids: number[] }): Promise<Map<number, string>> {
  const prisma = prismaOf(db);
  if (ids.length === 0) return new Map();
  const users = await prisma.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}
