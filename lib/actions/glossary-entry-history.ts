"use server";

import { getDb } from "@/lib/data/db";
import { listGlossaryHistory } from "@/lib/data/glossary";
import { glossaryEntryIdSchema } from "@/lib/validation/glossary-entry";
import { userAction } from "./safe-action";

export const glossaryEntryHistory = userAction("viewer", glossaryEntryIdSchema, async (input) => {
  const history = await listGlossaryHistory(await getDb(), input.id);
  return history.map((h) => ({ ...h, createdAt: h.createdAt.toISOString() }));
});
