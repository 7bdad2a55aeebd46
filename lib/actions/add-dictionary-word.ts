"use server";

import { revalidatePath } from "next/cache";
import { createDictionaryWord } from "@/lib/data/dictionary";
import { getDb } from "@/lib/data/db";
import { addDictionaryWordSchema } from "@/lib/validation/word";
import { assertMayEditDictionary } from "./assert-may-edit-dictionary";
import { userAction } from "./safe-action";
import { recheckArticle } from "./recheck-article";

/**
 * From the dictionary page, or from a spelling flag: then `articleId` names the article on screen, and
 * the answer carries its re-checked flags so that every occurrence of the word goes at once.
 */
export const addDictionaryWord = userAction("reviewer", addDictionaryWordSchema, async ({ articleId, ...data }, user) => {
  assertMayEditDictionary(user);
  const db = await getDb();
  const word = await createDictionaryWord(db, data, user.id);
  revalidatePath("/dictionary");
  return { word, review: articleId ? await recheckArticle(db, articleId) : null };
});
