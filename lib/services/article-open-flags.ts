import { setArticleOpenFlags } from "@/lib/data/article-metadata";
import { getArticleTexts } from "@/lib/data/articles";
import type { Db } from "@/lib/data/db";
import type { Flag } from "@/lib/domain";
import { reviewFlags, warmArticleFlags } from "./review-flags";

/** Stores how many flags are open after a check, for the list's "open flags" filter and column. */
export async function storeOpenFlagCount(db: Db, articleId: number, flags: Record<number, Flag[]>): Promise<number> {
  const openFlags = Object.values(flags).reduce((sum, list) => sum + list.length, 0);
  await setArticleOpenFlags(db, { articleId, openFlags });
  return openFlags;
}

/** After an import (or for a seeded article): the flags computed once, cached for the first opening, and counted. */
export async function countOpenFlags(db: Db, articleId: number): Promise<number | null> {
  await warmArticleFlags(db, articleId);
  const article = await getArticleTexts(db, articleId);
  if (!article) return null;
  const { flags } = await reviewFlags(db, article);
  return storeOpenFlagCount(db, articleId, flags);
}
