"use server";

import { getArticleMachineTexts } from "@/lib/data/articles";
import { getDb } from "@/lib/data/db";
import { machineFlagCount } from "@/lib/services/review-flags";
import { countMachineFlagsSchema } from "@/lib/validation/review";
import { ActionError, userAction } from "./safe-action";

/** Counted after the page is shown: the machine text's flags are the "found" of the progress bar. */
export const countMachineFlags = userAction("viewer", countMachineFlagsSchema, async (input) => {
  const db = await getDb();
  const article = await getArticleMachineTexts(db, input.articleId);
  if (!article) throw new ActionError("articleGone");
  return machineFlagCount(db, article);
});
