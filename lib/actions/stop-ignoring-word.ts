"use server";

import { getDb } from "@/lib/data/db";
import { deleteIgnoredWord } from "@/lib/data/ignored-words";
import { wordIdSchema } from "@/lib/validation/word";
import { ActionError, userAction } from "./safe-action";
import { recheckArticle } from "./recheck-article";

export const stopIgnoringWord = userAction("reviewer", wordIdSchema, async (input) => {
  const db = await getDb();
  const articleId = await deleteIgnoredWord(db, input.id);
  if (articleId === null) throw new ActionError("wordNoLongerIgnored");
  return recheckArticle(db, articleId);
});
