"use server";

import { getDb } from "@/lib/data/db";
import { addIgnoredWord } from "@/lib/data/ignored-words";
import { ignoreWordSchema } from "@/lib/validation/word";
import { ActionError, userAction } from "./safe-action";
import { recheckArticle } from "./recheck-article";

/** "Ignore in this article": every occurrence, in every paragraph, now and after later edits. */
export const ignoreWordInArticle = userAction("reviewer", ignoreWordSchema, async (input, user) => {
  const db = await getDb();
  const ignored = await addIgnoredWord(db, { articleId: input.articleId, word: input.word, userId: user.id });
  if (!ignored) throw new ActionError("articleGone");
  return recheckArticle(db, input.articleId);
});
