import { RefusalError } from "@/lib/domain/refusal";
import { nextArticleStatus, type ArticleStatus, type ArticleStatusEvent } from "@/lib/domain/article-status";
import { prismaOf, type Db, type PrismaTx } from "./prisma-handle";

type Tx = Pick<PrismaTx, "article" | "articleEvent">;

/** A write to an archived article: it is read-only until an administrator restores it. Nothing was changed. */
export class ArticleArchivedError extends RefusalError {
  constructor() {
    super({ key: "articleArchived" }, "This article is archived and read-only; an administrator can restore it.");
  }
}

export type StatusChange =
  | { ok: true; status: ArticleStatus; changed: boolean }
  | { ok: false; reason: "not_found" | "archived" }
  | { ok: false; reason: "not_allowed"; status: ArticleStatus };

/** Moves the status as the event asks and records who did it, in a transaction of its own. */
export async function changeArticleStatus(db: Db, change: { articleId: number; event: ArticleStatusEvent; userId: number | null }): Promise<StatusChange> {
  return prismaOf(db).$transaction((tx) => changeArticleStatusIn(tx, change));
}

/**
 * Moves the status inside the caller's transaction. The update is conditional on the status read, so two changes
 * at once cannot both record a move from the same status: the loser reads again and is judged anew.
 */
async function changeArticleStatusIn(tx: Tx, { articleId, event, userId }: { articleId: number; event: ArticleStatusEvent; userId: number | null }): Promise<StatusChange> {
  for (;;) {
    const article = await tx.article.findUnique({ where: { id: articleId }, select: { status: true, archivedAt: true } });
    if (!article) return { ok: false, reason: "not_found" };
    if (article.archivedAt) return { ok: false, reason: "archived" };
    const next = nextArticleStatus(article.status, event);
    if (next === null) return { ok: false, reason: "not_allowed", status: article.status };
    if (next === article.status) return { ok: true, status: next, changed: false };
    const moved = await tx.article.updateMany({ where: { id: articleId, status: article.status, archivedAt: null }, data: { status: next } });
    if (moved.count === 0) continue;
    await tx.articleEvent.create({ data: { articleId, kind: "status", oldValue: article.status, newValue: next, userId } });
    return { ok: true, status: next, changed: true };
  }
}

/**
 * Called inside every transaction that changes an article's paragraphs: an archived article refuses the change
 * (the throw rolls the transaction back), a change moves a new or approved article into review, and the
 * article's last-change time moves with it.
 */
export async function recordArticleChange(tx: Tx, { articleId, userId }: { articleId: number; userId: number | null }): Promise<void> {
  const outcome = await changeArticleStatusIn(tx, { articleId, event: "changed", userId });
  if (!outcome.ok && outcome.reason === "archived") throw new ArticleArchivedError();
  // The list sorts by the article's last change, paragraphs included.
  if (outcome.ok && !outcome.changed) await tx.article.updateMany({ where: { id: articleId }, data: { updatedAt: new Date() } });
}

/** Whether the article refuses writes; null when there is no such article. */
export async function isArticleArchived(db: Db, query: { articleId: number }): Promise<boolean | null> {
  return isArticleArchivedIn(prismaOf(db), query);
}

/** The same, read inside the caller's transaction. */
export async function isArticleArchivedIn(tx: Pick<PrismaTx, "article">, { articleId }: { articleId: number }): Promise<boolean | null> {
  const article = await tx.article.findUnique({ where: { id: articleId }, select: { archivedAt: true } });
  return article ? article.archivedAt !== null : null;
}
