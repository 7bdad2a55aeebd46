import { canAssignArticle } from "@/lib/auth/permissions/article";
import { setArticleAssignees, type Assignee } from "@/lib/data/article-assignments";
import { isArticleArchived } from "@/lib/data/article-status";
import type { Db } from "@/lib/data/db";
import type { UserSummary } from "@/lib/data/users";
import { ArticleRefusal } from "./article-refusal";

/** Administrators decide who reviews an article: the assignees become exactly `userIds`. */
export async function assignArticleAs(
  db: Db,
  { user, articleId, userIds }: { user: Pick<UserSummary, "id" | "role">; articleId: number; userIds: number[] },
): Promise<{ added: Assignee[]; removed: Assignee[] }> {
  const archived = await isArticleArchived(db, { articleId });
  if (archived === null) throw new ArticleRefusal("not_found");
  if (!canAssignArticle(user.role, { archived })) throw new ArticleRefusal(archived && user.role === "admin" ? "archived" : "not_allowed");
  const outcome = await setArticleAssignees(db, { articleId, userIds, byId: user.id });
  if (!outcome.ok) throw new ArticleRefusal(outcome.reason, { names: (outcome.names ?? []).join(", ") });
  return outcome;
}
