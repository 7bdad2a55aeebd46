import { prismaOf, type Db } from "./prisma-handle";

type Person = { id: number; name: string } | null;

export interface CommentRecord {
  id: number;
  author: Person;
  body: string;
  createdAt: Date;
  editedAt: Date | null;
  deletedAt: Date | null;
  deletedBy: Person;
  mentions: { id: number; name: string }[];
}

export interface ThreadRecord {
  id: number;
  paragraphId: number;
  paragraphPosition: number;
  start: number | null;
  end: number | null;
  quote: string | null;
  anchorVersion: number;
  /** The paragraph's text at `anchorVersion`, to place the span in `currentText`. */
  anchorText: string | null;
  currentText: string;
  status: "open" | "resolved";
  createdAt: Date;
  startedBy: Person;
  statusBy: Person;
  statusAt: Date | null;
  comments: CommentRecord[];
}

/** Where a new thread or comment would go: the paragraph as it is now and whether its article is archived. */
export interface CommentPlace {
  articleId: number;
  archived: boolean;
  paragraphId: number;
  version: number;
  currentText: string;
}

const person = { select: { id: true, name: true } } as const;

const commentSelect = {
  id: true,
  body: true,
  createdAt: true,
  editedAt: true,
  deletedAt: true,
  author: person,
  deletedBy: person,
  mentions: { select: { user: person }, orderBy: { userId: "asc" } },
} as const;

export async function getParagraphCommentPlace({ db, paragraphId }: { db: Db; paragraphId: number }): Promise<CommentPlace | null> {
  const prisma = prismaOf(db);
  const p = await prisma.paragraph.findUnique({
    where: { id: paragraphId },
    select: { id: true, articleId: true, version: true, currentText: true, article: { select: { archivedAt: true } } },
  });
  return p ? { articleId: p.articleId, archived: p.article.archivedAt !== null, paragraphId: p.id, version: p.version, currentText: p.currentText } : null;
}

export async function getThreadPlace({ db, threadId }: { db: Db; threadId: number }): Promise<(CommentPlace & { status: "open" | "resolved" }) | null> {
  const prisma = prismaOf(db);
  const thread = await prisma.commentThread.findUnique({ where: { id: threadId }, select: { paragraphId: true, status: true } });
  if (!thread) return null;
  const place = await getParagraphCommentPlace({ db, paragraphId: thread.paragraphId });
  return place ? { ...place, status: thread.status } : null;
}

export async function getCommentPlace({ db, commentId }: { db: Db; commentId: number }) {
  const prisma = prismaOf(db);
  const comment = await prisma.comment.findUnique({ where: { id: commentId }, select: { authorId: true, deletedAt: true, threadId: true } });
  if (!comment) return null;
  const place = await getThreadPlace({ db, threadId: comment.threadId });
  return place ? { ...place, threadId: comment.threadId, authorId: comment.authorId, deleted: comment.deletedAt !== null } : null;
}

export interface NewThread {
  db: Db;
  paragraphId: number;
  /** The version the reviewer was reading; the span must still read as they saw it in the current text. */
  version: number;
  span: { start: number; end: number; quote: string } | null;
  body: string;
  authorId: number;
  mentionIds: number[];
}

export type StartThreadResult = { ok: true; threadId: number; articleId: number } | { ok: false; reason: "not_found" | "stale_span" };

/** The thread and its first comment in one transaction; a span is checked against the text as it is now. */
export async function createCommentThread({ db, paragraphId, version, span, body, authorId, mentionIds }: NewThread): Promise<StartThreadResult> {
  const prisma = prismaOf(db);
  return prisma.$transaction(async (tx) => {
    const paragraph = await tx.paragraph.findUnique({ where: { id: paragraphId }, select: { articleId: true, version: true, currentText: true } });
    if (!paragraph) return { ok: false, reason: "not_found" } as const;
    if (span && (paragraph.version !== version || paragraph.currentText.slice(span.start, span.end) !== span.quote)) {
      return { ok: false, reason: "stale_span" } as const;
    }
    const thread = await tx.commentThread.create({
      data: {
        paragraphId,
        start: span?.start ?? null,
        end: span?.end ?? null,
        quote: span?.quote ?? null,
        anchorVersion: paragraph.version,
        startedById: authorId,
        comments: { create: { authorId, body, mentions: { create: mentionIds.map((userId) => ({ userId })) } } },
      },
      select: { id: true },
    });
    return { ok: true, threadId: thread.id, articleId: paragraph.articleId } as const;
  });
}

export async function createComment({ db, threadId, authorId, body, mentionIds }: { db: Db; threadId: number; authorId: number; body: string; mentionIds: number[] }) {
  const prisma = prismaOf(db);
  return prisma.comment.create({
    data: { threadId, authorId, body, mentions: { create: mentionIds.map((userId) => ({ userId })) } },
    select: { id: true },
  });
}

/** Resolving a resolved thread (two people at once) changes nothing and records nothing. */
export async function setCommentThreadStatus({ db, threadId, status, userId }: { db: Db; threadId: number; status: "open" | "resolved"; userId: number }): Promise<boolean> {
  const prisma = prismaOf(db);
  const updated = await prisma.commentThread.updateMany({
    where: { id: threadId, status: { not: status } },
    data: { status, statusById: userId, statusAt: new Date() },
  });
  return updated.count > 0;
}

/** A new body, marked edited; the people it names are those named now (a mention already read stays read). */
export async function updateComment({ db, commentId, body, mentionIds }: { db: Db; commentId: number; body: string; mentionIds: number[] }): Promise<boolean> {
  const prisma = prismaOf(db);
  return prisma.$transaction(async (tx) => {
    const updated = await tx.comment.updateMany({ where: { id: commentId, deletedAt: null }, data: { body, editedAt: new Date() } });
    if (updated.count === 0) return false;
    await tx.commentMention.deleteMany({ where: { commentId, userId: { notIn: mentionIds } } });
    await tx.commentMention.createMany({ data: mentionIds.map((userId) => ({ commentId, userId })), skipDuplicates: true });
    return true;
  });
}

/** The words go, the place stays: replies after it still read in order, and who deleted it is shown. */
export async function deleteComment({ db, commentId, userId }: { db: Db; commentId: number; userId: number }): Promise<boolean> {
  const prisma = prismaOf(db);
  return prisma.$transaction(async (tx) => {
    const updated = await tx.comment.updateMany({ where: { id: commentId, deletedAt: null }, data: { body: "", deletedAt: new Date(), deletedById: userId } });
    if (updated.count === 0) return false;
    await tx.commentMention.deleteMany({ where: { commentId } });
    return true;
  });
}

/** Every thread of the article in reading order, each with the text its span was anchored to. */
export async function listArticleCommentThreads({ db, articleId }: { db: Db; articleId: number }): Promise<ThreadRecord[]> {
  const prisma = prismaOf(db);
  const threads = await prisma.commentThread.findMany({
    where: { paragraph: { articleId } },
    orderBy: [{ paragraph: { position: "asc" } }, { start: { sort: "asc", nulls: "first" } }, { id: "asc" }],
    select: {
      id: true,
      paragraphId: true,
      start: true,
      end: true,
      quote: true,
      anchorVersion: true,
      status: true,
      createdAt: true,
      statusAt: true,
      startedBy: person,
      statusBy: person,
      paragraph: { select: { position: true, version: true, currentText: true } },
      comments: { select: commentSelect, orderBy: { id: "asc" } },
    },
  });
  const older = threads.filter((t) => t.start !== null && t.anchorVersion !== t.paragraph.version);
  const revisions = older.length
    ? await prisma.revision.findMany({
        where: { OR: older.map((t) => ({ paragraphId: t.paragraphId, version: t.anchorVersion })) },
        select: { paragraphId: true, version: true, text: true },
      })
    : [];
  const texts = new Map(revisions.map((r) => [`${r.paragraphId}:${r.version}`, r.text]));
  return threads.map(({ paragraph, comments, ...t }) => ({
    ...t,
    paragraphPosition: paragraph.position,
    currentText: paragraph.currentText,
    anchorText: t.anchorVersion === paragraph.version ? paragraph.currentText : (texts.get(`${t.paragraphId}:${t.anchorVersion}`) ?? null),
    comments: comments.map(({ mentions, ...c }) => ({ ...c, mentions: mentions.map((m) => m.user) })),
  }));
}

/** Active accounts, for the @ autocomplete and for reading mentions out of a comment. */
export async function listCommentPeople({ db }: { db: Db }): Promise<{ id: number; name: string }[]> {
  const prisma = prismaOf(db);
  return prisma.user.findMany({ where: { disabled: false }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}
