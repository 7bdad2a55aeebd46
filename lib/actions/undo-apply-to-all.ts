"use server";

import { revalidatePath } from "next/cache";
import { BulkChangeUndoError, undoBulkChange } from "@/lib/data/bulk-changes";
import { getDb } from "@/lib/data/db";
import { undoApplySchema } from "@/lib/validation/glossary-apply";
import { ActionError, userAction } from "./safe-action";

export const undoApplyToAll = userAction("reviewer", undoApplySchema, async (input, user) => {
  try {
    const result = await undoBulkChange(await getDb(), input.id, user.id);
    revalidatePath("/glossary");
    return result;
  } catch (error) {
    if (error instanceof BulkChangeUndoError) throw new ActionError(error.message);
    throw error;
  }
});
