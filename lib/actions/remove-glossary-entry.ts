"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/lib/data/db";
import { GlossaryEntryNotFoundError, deleteGlossaryEntry, getGlossaryEntry } from "@/lib/data/glossary";
import { glossaryEntryIdSchema } from "@/lib/validation/glossary-entry";
import { assertMayEditGlossary } from "./assert-may-edit-glossary";
import { userAction } from "./safe-action";

export const removeGlossaryEntry = userAction("reviewer", glossaryEntryIdSchema, async (input, user) => {
  const db = await getDb();
  const current = await getGlossaryEntry(db, input.id);
  if (!current) throw new GlossaryEntryNotFoundError();
  assertMayEditGlossary(user, current.type);
  await deleteGlossaryEntry(db, input.id, user.id);
  revalidatePath("/glossary");
  return { id: input.id };
});
