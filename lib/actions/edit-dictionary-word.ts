"use server";

import { revalidatePath } from "next/cache";
import { updateDictionaryWord } from "@/lib/data/dictionary";
import { getDb } from "@/lib/data/db";
import { editDictionaryWordSchema } from "@/lib/validation/word";
import { assertMayEditDictionary } from "./assert-may-edit-dictionary";
import { userAction } from "./safe-action";

export const editDictionaryWord = userAction("reviewer", editDictionaryWordSchema, async ({ id: wordId, ...data }, user) => {
  assertMayEditDictionary(user);
  const db = await getDb();
  const word = await updateDictionaryWord(db, wordId, data, user.id);
  revalidatePath("/dictionary");
  return { word };
});
