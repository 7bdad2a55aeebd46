"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/lib/data/db";
import { acceptSuggestion } from "@/lib/data/glossary-suggestions";
import { acceptSuggestionSchema } from "@/lib/validation/glossary-entry";
import { assertMayEditGlossary } from "./assert-may-edit-glossary";
import { userAction } from "./safe-action";

/** Accepts the suggestion as the entry the reviewer confirmed in the form (they may have edited it). */
export const acceptGlossarySuggestion = userAction("reviewer", acceptSuggestionSchema, async (input, user) => {
  assertMayEditGlossary(user, input.entry.type);
  const result = await acceptSuggestion(await getDb(), input.id, input.entry, user.id);
  revalidatePath("/glossary");
  return result;
});
