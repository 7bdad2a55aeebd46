"use server";

import { getDb } from "@/lib/data/db";
import { setParagraphKind } from "@/lib/data/paragraphs";
import { paragraphKindSchema } from "@/lib/validation/paragraph";
import { afterSave } from "./review-update";
import { userAction } from "./safe-action";

/** Body, heading, metadata or site text: version-checked, and written as a revision. */
export const changeParagraphKind = userAction("reviewer", paragraphKindSchema, async (input, user) => {
  const db = await getDb();
  return afterSave(db, await setParagraphKind(db, { ...input, userId: user.id }));
});
