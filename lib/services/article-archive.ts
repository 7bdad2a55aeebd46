import { canArchiveArticle } from "@/lib/auth/permissions/article";
import { setArticleArchived } from "@/lib/data/article-archive";
import type { Db } from "@/lib/data/db";
import type { UserSummary } from "@/lib/data/users";
import { ArticleRefusal } from "./article-refusal";

/** Administrators archive (hide, read-only, nothing deleted) and restore articles. */
export async function archiveArticleAs(db: Db, { user, articleId, archived }: { user: Pick<UserSummary, "id" | "role">; articleId: number; archived: boolean }): Promise<{ changed: boolean }> {
  if (!canArchiveArticle(user.role)) throw new ArticleRefusal("not_allowed");
  const outcome = await setArticleArchived(db, { articleId, archived, userId: user.id });
  if (!outcome.ok) throw new ArticleRefusal("not_found");
  return { changed: outcome.changed };
}
