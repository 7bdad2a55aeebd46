"use server";

import { revalidatePath } from "next/cache";
import { undoBulkChange } from "@/lib/data/bulk-changes";
import { getDb } from "@/lib/data/db";
import { undoApplySchema } from "@/lib/validation/glossary-apply";
import { userAction } from "./safe-action";

export const undoApplyToAll = userAction("reviewer", undoApplySchema, async (input, user) => {
  const result = await undoBulkChange(await getDb(), input.id, user.id);
  revalidatePath("/glossary");
  return result;
});
