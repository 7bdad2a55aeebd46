"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/lib/data/db";
import { GlossaryEntryNotFoundError, createGlossaryEntry, getGlossaryEntry, updateGlossaryEntry } from "@/lib/data/glossary";
import { saveGlossaryEntrySchema } from "@/lib/validation/glossary-entry";
import { assertMayEditGlossary, withGlossaryRefusals } from "./glossary-entry-guard";
import { userAction } from "./safe-action";

export const saveGlossaryEntry = userAction("reviewer", saveGlossaryEntrySchema, async (input, user) => {
  const db = await getDb();
  assertMayEditGlossary(user, input.entry.type);
  const saved = await withGlossaryRefusals(async () => {
    if (!input.id) return createGlossaryEntry(db, input.entry, user.id);
    const current = await getGlossaryEntry(db, input.id);
    if (!current) throw new GlossaryEntryNotFoundError();
    assertMayEditGlossary(user, current.type);
    return updateGlossaryEntry(db, input.id, input.entry, user.id);
  });
  revalidatePath("/glossary");
  return { id: saved.id };
});
