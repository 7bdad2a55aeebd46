"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { DICTIONARY_REFUSAL, canEditDictionary } from "@/lib/auth/permissions/dictionary";
import { getDb } from "@/lib/data/db";
import {
  DictionaryWordExistsError,
  DictionaryWordNotFoundError,
  createDictionaryWord,
  deleteDictionaryWord,
  listDictionaryHistory,
  updateDictionaryWord,
} from "@/lib/data/dictionary";
import { dictionaryWordSchema } from "@/lib/validation/word";
import { ActionError, userAction } from "./safe-action";
import { recheckArticle } from "./spelling-update";

const id = z.number().int().positive();

async function known<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof DictionaryWordExistsError || error instanceof DictionaryWordNotFoundError) throw new ActionError(error.message);
    throw error;
  }
}

/**
 * From the dictionary page, or from a spelling flag: then `articleId` names the article on screen, and
 * the answer carries its re-checked flags so that every occurrence of the word goes at once.
 */
export const addDictionaryWord = userAction("reviewer", dictionaryWordSchema.extend({ articleId: id.optional() }), async ({ articleId, ...data }, user) => {
  if (!canEditDictionary(user.role)) throw new ActionError(DICTIONARY_REFUSAL);
  const db = await getDb();
  const word = await known(() => createDictionaryWord(db, data, user.id));
  revalidatePath("/dictionary");
  return { word, review: articleId ? await recheckArticle(db, articleId) : null };
});

export const editDictionaryWord = userAction("reviewer", dictionaryWordSchema.extend({ id }), async ({ id: wordId, ...data }, user) => {
  if (!canEditDictionary(user.role)) throw new ActionError(DICTIONARY_REFUSAL);
  const db = await getDb();
  const word = await known(() => updateDictionaryWord(db, wordId, data, user.id));
  revalidatePath("/dictionary");
  return { word };
});

export const removeDictionaryWord = userAction("reviewer", z.object({ id }), async (input, user) => {
  if (!canEditDictionary(user.role)) throw new ActionError(DICTIONARY_REFUSAL);
  const db = await getDb();
  const word = await known(() => deleteDictionaryWord(db, input.id, user.id));
  revalidatePath("/dictionary");
  return { word };
});

export const dictionaryWordHistory = userAction("viewer", z.object({ id }), async (input) => listDictionaryHistory(await getDb(), input.id));
