"use server";

import { getDb } from "@/lib/data/db";
import { getDismissal, restoreDismissedFlag } from "@/lib/data/dismissals";
import { restoreDismissalSchema } from "@/lib/validation/review";
import { recheck } from "./review-update";
import { ActionError, userAction } from "./safe-action";

/** A dismissed flag shown again. */
export const restoreDismissal = userAction("reviewer", restoreDismissalSchema, async (input) => {
  const db = await getDb();
  const dismissal = await getDismissal(db, input.dismissalId);
  if (!dismissal) throw new ActionError("flagAlreadyRestored");
  await restoreDismissedFlag(db, input.dismissalId);
  return recheck(db, dismissal.paragraph.articleId);
});
