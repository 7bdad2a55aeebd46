import { prismaOf, type Db } from "./prisma-handle";

export interface MentionRecord {
  commentId: number;
  threadId: number;
  articleId: number;
  articleTitle: string;
  paragraphPosition: number;
  author: string | null;
  body: string;
  createdAt: Date;
  readAt: Date | null;
}

/** The comments that name this user, newest first; unread ones only when asked. */
export async function listUserMentions({ db, userId, unreadOnly = false, take = 100 }: { db: Db; userId: number; unreadOnly?: boolean; take?: number }): Promise<MentionRecord[]> {
  const prisma = prismaOf(db);
  const rows = await prisma.commentMention.findMany({
    where: { userId, ...(unreadOnly ? { readAt: null } : {}), comment: { deletedAt: null } },
    orderBy: { comment: { createdAt: "desc" } },
    take,
    select: {
      readAt: true,
      comment: {
        select: {
          id: true,
          body: true,
          createdAt: true,
          author: { select: { name: true } },
          thread: { select: { id: true, paragraph: { select: { position: true, article: { select: { id: true, title: true } } } } } },
        },
      },
    },
  });
  return rows.map(({ readAt, comment }) => ({
    commentId: comment.id,
    threadId: comment.thread.id,
    articleId: comment.thread.paragraph.article.id,
    articleTitle: comment.thread.paragraph.article.title,
    paragraphPosition: comment.thread.paragraph.position,
    author: comment.author?.name ?? null,
    body: comment.body,
    createdAt: comment.createdAt,
    readAt,
  }));
}

export async function countUnreadMentions({ db, userId }: { db: Db; userId: number }): Promise<number> {
  const prisma = prismaOf(db);
  return prisma.commentMention.count({ where: { userId, readAt: null, comment: { deletedAt: null } } });
}

/** Marks as read the user's mentions in the given comments (those of one opened thread, or all of them). */
export async function markMentionsRead({ db, userId, commentIds }: { db: Db; userId: number; commentIds: number[] | "all" }): Promise<number> {
  const prisma = prismaOf(db);
  const updated = await prisma.commentMention.updateMany({
    where: { userId, readAt: null, ...(commentIds === "all" ? {} : { commentId: { in: commentIds } }) },
    data: { readAt: new Date() },
  });
  return updated.count;
}
