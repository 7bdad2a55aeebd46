import { canChangeArticleStatus } from "@/lib/auth/permissions/article";
import { changeArticleStatus, isArticleArchived } from "@/lib/data/article-status";
import type { Db } from "@/lib/data/db";
import type { UserSummary } from "@/lib/data/users";
import type { ArticleStatus } from "@/lib/domain/article-status";
import { ArticleRefusal } from "./article-refusal";

type Actor = Pick<UserSummary, "id" | "role">;

/** A reviewer approves the article or sends it back to review; refused for viewers, archived articles and moves the status does not allow. */
export async function decideArticleStatus(db: Db, { user, articleId, decision }: { user: Actor; articleId: number; decision: "approve" | "reopen" }): Promise<ArticleStatus> {
  const archived = await isArticleArchived(db, { articleId });
  if (archived === null) throw new ArticleRefusal("not_found");
  if (!canChangeArticleStatus(user.role, { archived })) throw new ArticleRefusal(archived ? "archived" : "not_allowed");
  const outcome = await changeArticleStatus(db, { articleId, event: decision, userId: user.id });
  if (!outcome.ok) throw new ArticleRefusal(outcome.reason === "not_allowed" ? "status_not_allowed" : outcome.reason, outcome.reason === "not_allowed" ? { status: outcome.status } : {});
  return outcome.status;
}

/** A clean export of an approved article publishes it; of any other, it changes nothing. */
export async function markArticleExported(db: Db, { user, articleId }: { user: Actor; articleId: number }): Promise<ArticleStatus | null> {
  const outcome = await changeArticleStatus(db, { articleId, event: "exported", userId: user.id });
  return outcome.ok ? outcome.status : null;
}
