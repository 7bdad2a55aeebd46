"use server";

import { revalidatePath } from "next/cache";
import { deleteDictionaryWord } from "@/lib/data/dictionary";
import { getDb } from "@/lib/data/db";
import { wordIdSchema } from "@/lib/validation/word";
import { assertMayEditDictionary } from "./assert-may-edit-dictionary";
import { userAction } from "./safe-action";

export const removeDictionaryWord = userAction("reviewer", wordIdSchema, async (input, user) => {
  assertMayEditDictionary(user);
  const db = await getDb();
  const word = await deleteDictionaryWord(db, input.id, user.id);
  revalidatePath("/dictionary");
  return { word };
});
