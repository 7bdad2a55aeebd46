import {
  canDeleteComment,
  canEditComment,
  canReadComments,
  canSettleThread,
  canWriteComments,
  type CommentActor,
} from "@/lib/auth/permissions/comment";
import { placeSpan } from "@/lib/comments/anchor";
import { findMentions } from "@/lib/comments/mentions";
import {
  createComment,
  createCommentThread,
  deleteComment,
  getCommentPlace,
  getParagraphCommentPlace,
  getThreadPlace,
  listArticleCommentThreads,
  listCommentPeople,
  setCommentThreadStatus,
  updateComment,
  type CommentRecord,
  type ThreadRecord,
} from "@/lib/data/comments";
import type { Db } from "@/lib/data/db";

/** Why a comment command was refused; the interface words each one. */
export type CommentRefusal = "not_found" | "not_allowed" | "archived" | "stale_span" | "deleted";

export class CommentRefusedError extends Error {
  constructor(readonly reason: CommentRefusal) {
    super(reason);
  }
}

export type ThreadAnchor =
  | { kind: "paragraph" }
  | { kind: "span"; start: number; end: number; quote: string }
  /** The words the thread was about were edited since: shown as they were, not highlighted. */
  | { kind: "changed"; quote: string };

export interface CommentView extends Omit<CommentRecord, "body"> {
  body: string;
}

export interface ThreadView extends Omit<ThreadRecord, "start" | "end" | "quote" | "anchorText" | "currentText" | "comments"> {
  anchor: ThreadAnchor;
  comments: CommentView[];
}

function anchorOf(thread: ThreadRecord): ThreadAnchor {
  if (thread.start === null || thread.end === null || thread.quote === null) return { kind: "paragraph" };
  if (thread.anchorText === null) return { kind: "changed", quote: thread.quote };
  const place = placeSpan(thread.anchorText, thread.currentText, thread.start, thread.end);
  return place.kind === "kept" ? { kind: "span", start: place.start, end: place.end, quote: thread.quote } : { kind: "changed", quote: thread.quote };
}

export function toThreadView(thread: ThreadRecord): ThreadView {
  const { start: _s, end: _e, quote: _q, anchorText: _a, currentText: _c, ...rest } = thread;
  return { ...rest, anchor: anchorOf(thread) };
}

export async function articleThreads({ db, actor, articleId }: { db: Db; actor: CommentActor; articleId: number }): Promise<ThreadView[]> {
  if (!canReadComments(actor.role)) throw new CommentRefusedError("not_allowed");
  return (await listArticleCommentThreads({ db, articleId })).map(toThreadView);
}

async function mentionIds(db: Db, body: string, authorId: number): Promise<number[]> {
  // Naming oneself notifies nobody.
  return findMentions(body, await listCommentPeople({ db })).filter((id) => id !== authorId);
}

function refuseUnless(allowed: boolean, archived: boolean): void {
  if (!allowed) throw new CommentRefusedError(archived ? "archived" : "not_allowed");
}

export interface StartThread {
  db: Db;
  actor: CommentActor;
  paragraphId: number;
  version: number;
  span: { start: number; end: number; quote: string } | null;
  body: string;
}

/** Starts a thread on a paragraph or a span of it; answers the article's threads as they are now. */
export async function startThread({ db, actor, paragraphId, version, span, body }: StartThread): Promise<ThreadView[]> {
  const place = await getParagraphCommentPlace({ db, paragraphId });
  if (!place) throw new CommentRefusedError("not_found");
  refuseUnless(canWriteComments(actor.role, place), place.archived);
  const result = await createCommentThread({ db, paragraphId, version, span, body, authorId: actor.id, mentionIds: await mentionIds(db, body, actor.id) });
  if (!result.ok) throw new CommentRefusedError(result.reason);
  return articleThreads({ db, actor, articleId: place.articleId });
}

export async function replyToThread({ db, actor, threadId, body }: { db: Db; actor: CommentActor; threadId: number; body: string }): Promise<ThreadView[]> {
  const place = await getThreadPlace({ db, threadId });
  if (!place) throw new CommentRefusedError("not_found");
  refuseUnless(canWriteComments(actor.role, place), place.archived);
  await createComment({ db, threadId, authorId: actor.id, body, mentionIds: await mentionIds(db, body, actor.id) });
  // Answering a resolved thread reopens it: the question is open again.
  if (place.status === "resolved") await setCommentThreadStatus({ db, threadId, status: "open", userId: actor.id });
  return articleThreads({ db, actor, articleId: place.articleId });
}

export async function settleThread({ db, actor, threadId, status }: { db: Db; actor: CommentActor; threadId: number; status: "open" | "resolved" }): Promise<ThreadView[]> {
  const place = await getThreadPlace({ db, threadId });
  if (!place) throw new CommentRefusedError("not_found");
  refuseUnless(canSettleThread(actor.role, place), place.archived);
  await setCommentThreadStatus({ db, threadId, status, userId: actor.id });
  return articleThreads({ db, actor, articleId: place.articleId });
}

export async function editComment({ db, actor, commentId, body }: { db: Db; actor: CommentActor; commentId: number; body: string }): Promise<ThreadView[]> {
  const place = await getCommentPlace({ db, commentId });
  if (!place) throw new CommentRefusedError("not_found");
  if (place.deleted) throw new CommentRefusedError("deleted");
  refuseUnless(canEditComment(actor, place, place), place.archived);
  if (!(await updateComment({ db, commentId, body, mentionIds: await mentionIds(db, body, actor.id) }))) throw new CommentRefusedError("deleted");
  return articleThreads({ db, actor, articleId: place.articleId });
}

export async function removeComment({ db, actor, commentId }: { db: Db; actor: CommentActor; commentId: number }): Promise<ThreadView[]> {
  const place = await getCommentPlace({ db, commentId });
  if (!place) throw new CommentRefusedError("not_found");
  if (place.deleted) throw new CommentRefusedError("deleted");
  refuseUnless(canDeleteComment(actor, place, place), place.archived);
  await deleteComment({ db, commentId, userId: actor.id });
  return articleThreads({ db, actor, articleId: place.articleId });
}
