import { hasRole, type Role } from "@/lib/domain";

/** Who is acting: their id and their role as the database has it now. */
export interface CommentActor {
  id: number;
  role: Role;
}

/** What a rule needs to know of the article a thread is in. */
export interface CommentArticle {
  archived: boolean;
}

/** What a rule needs to know of one comment. */
export interface CommentOwnership {
  authorId: number | null;
  deleted: boolean;
}

/** Everyone signed in reads the discussion, viewers included: it explains why the text is as it is. */
export function canReadComments(role: Role): boolean {
  return hasRole(role, "viewer");
}

/**
 * Viewers do not write comments. A viewer's account changes nothing in Lapidar (refused on the server, not
 * only hidden), and a comment is part of the review: it can ask for changes, mention and notify reviewers,
 * and is kept in the article's backup. An archived article is read-only for everyone, its threads too.
 */
export function canWriteComments(role: Role, article: CommentArticle): boolean {
  return hasRole(role, "reviewer") && !article.archived;
}

/** Resolving and reopening is settling the question for the team: anyone who may write comments. */
export function canSettleThread(role: Role, article: CommentArticle): boolean {
  return canWriteComments(role, article);
}

/** Only the author edits a comment (shown as edited): nobody, administrators included, puts words in another's mouth. */
export function canEditComment(actor: CommentActor, comment: CommentOwnership, article: CommentArticle): boolean {
  return canWriteComments(actor.role, article) && !comment.deleted && comment.authorId === actor.id;
}

/**
 * The author deletes their own comment; administrators any comment (moderation). Deleting clears the words and
 * keeps the comment's place, so the replies after it stay and still read in order.
 */
export function canDeleteComment(actor: CommentActor, comment: CommentOwnership, article: CommentArticle): boolean {
  if (comment.deleted || article.archived) return false;
  return hasRole(actor.role, "admin") || (hasRole(actor.role, "reviewer") && comment.authorId === actor.id);
}
