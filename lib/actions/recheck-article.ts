import { getArticleTexts } from "@/lib/data/articles";
import type { Db } from "@/lib/data/db";
import { reviewFlags, type ReviewFlags } from "@/lib/services/review-flags";
import { ActionError } from "./safe-action";

/** What the review page needs after a word is accepted or flagged again: every paragraph's flags at once. */
export async function recheckArticle(db: Db, articleId: number): Promise<ReviewFlags> {
  const article = await getArticleTexts(db, articleId);
  if (!article) throw new ActionError("articleGone");
  const { flags, stopped, dismissals, ignoredWords, checkedInMs } = await reviewFlags(db, article);
  return { flags, stopped, dismissals, ignoredWords, checkedInMs };
}
