"use server";

import { z } from "zod";
import { getDb } from "@/lib/data/db";
import { addIgnoredWord, deleteIgnoredWord } from "@/lib/data/ignored-words";
import { wordSchema } from "@/lib/validation/word";
import { ActionError, userAction } from "./safe-action";
import { recheckArticle } from "./spelling-update";

const id = z.number().int().positive();

/** "Ignore in this article": every occurrence, in every paragraph, now and after later edits. */
export const ignoreWordInArticle = userAction("reviewer", z.object({ articleId: id, word: wordSchema }), async (input, user) => {
  const db = await getDb();
  const ignored = await addIgnoredWord(db, { articleId: input.articleId, word: input.word, userId: user.id });
  if (!ignored) throw new ActionError("This article no longer exists.");
  return recheckArticle(db, input.articleId);
});

export const stopIgnoringWord = userAction("reviewer", z.object({ id }), async (input) => {
  const db = await getDb();
  const articleId = await deleteIgnoredWord(db, input.id);
  if (articleId === null) throw new ActionError("That word is no longer ignored.");
  return recheckArticle(db, articleId);
});
