"use server";

import { revalidatePath } from "next/cache";
import { applyBulkChange } from "@/lib/data/bulk-changes";
import { getDb } from "@/lib/data/db";
import { applySchema } from "@/lib/validation/glossary-apply";
import { userAction } from "./safe-action";

/** The client names the entry and the places it kept checked; the server finds the replacements itself. */
export const applyToAll = userAction("reviewer", applySchema, async (input, user) => {
  const result = await applyBulkChange(await getDb(), { term: input.term, occurrences: input.replacements, userId: user.id });
  revalidatePath("/glossary");
  return result;
});
