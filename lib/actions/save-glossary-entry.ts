"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/lib/data/db";
import { GlossaryEntryNotFoundError, createGlossaryEntry, getGlossaryEntry, updateGlossaryEntry } from "@/lib/data/glossary";
import { saveGlossaryEntrySchema } from "@/lib/validation/glossary-entry";
import { assertMayEditGlossary } from "./assert-may-edit-glossary";
import { userAction } from "./safe-action";

export const saveGlossaryEntry = userAction("reviewer", saveGlossaryEntrySchema, async (input, user) => {
  const db = await getDb();
  assertMayEditGlossary(user, input.entry.type);
  const saved = input.id ? await updateEntry(input.id) : await createGlossaryEntry(db, input.entry, user.id);
  revalidatePath("/glossary");
  return { id: saved.id };

  async function updateEntry(id: number) {
    const current = await getGlossaryEntry(db, id);
    if (!current) throw new GlossaryEntryNotFoundError();
    assertMayEditGlossary(user, current.type);
    return updateGlossaryEntry(db, id, input.entry, user.id);
  }
});
