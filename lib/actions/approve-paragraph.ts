"use server";

import { getDb } from "@/lib/data/db";
import { approveParagraph as storeApproval } from "@/lib/data/paragraphs";
import { approveParagraphSchema } from "@/lib/validation/paragraph";
import { recheck, type ReviewUpdate } from "./review-update";
import { ActionError, userAction } from "./safe-action";

/** Approves the version the reviewer saw; a newer one comes back as a conflict, with its text. */
export const approveParagraph = userAction("reviewer", approveParagraphSchema, async (input, user) => {
  const db = await getDb();
  const result = await storeApproval(db, input.paragraphId, input.baseVersion, user.id);
  if (!result.ok && result.reason === "not_found") throw new ActionError("paragraphGone");
  const paragraph = result.ok ? result.paragraph : result.current;
  return { paragraph, conflict: !result.ok, ...(await recheck(db, paragraph.articleId)) } satisfies ReviewUpdate;
});
