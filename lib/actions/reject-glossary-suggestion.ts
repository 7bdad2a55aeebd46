"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/lib/data/db";
import { rejectSuggestion } from "@/lib/data/glossary-suggestions";
import { suggestionIdSchema } from "@/lib/validation/glossary-entry";
import { userAction } from "./safe-action";

export const rejectGlossarySuggestion = userAction("reviewer", suggestionIdSchema, async (input, user) => {
  await rejectSuggestion(await getDb(), input.id, user.id);
  revalidatePath("/glossary");
  return { id: input.id };
});
