"use server";

import { getDb } from "@/lib/data/db";
import { dismissFlag as storeDismissal } from "@/lib/data/dismissals";
import { articleIdOfParagraph } from "@/lib/data/paragraphs";
import { dismissFlagSchema } from "@/lib/validation/review";
import { recheck } from "./review-update";
import { ActionError, userAction } from "./safe-action";

/** "Not an error": the flag's check and text are dismissed in this paragraph, with the reviewer's reason. */
export const dismissFlag = userAction("reviewer", dismissFlagSchema, async (input, user) => {
  const db = await getDb();
  const articleId = await articleIdOfParagraph(db, input.paragraphId);
  if (!articleId) throw new ActionError("paragraphGone");
  await storeDismissal(db, { ...input, reason: input.reason || null, userId: user.id });
  return recheck(db, articleId);
});
