"use server";

import { getDb } from "@/lib/data/db";
import { saveParagraphText } from "@/lib/data/paragraphs";
import { editParagraphSchema } from "@/lib/validation/review";
import { afterSave } from "./review-update";
import { userAction } from "./safe-action";
import { encodeRevisionNote } from "@/lib/domain/revision-note";

/** A typed edit: one based on an older version is merged with the newer text (see saveParagraphText). */
export const saveParagraph = userAction("reviewer", editParagraphSchema, async ({ mergedFrom, ...input }, user) => {
  const db = await getDb();
  const settled = mergedFrom ? { kind: "merge" as const, note: encodeRevisionNote({ key: "mergedByHand", values: { base: mergedFrom, with: input.baseVersion } }) } : {};
  return afterSave(db, await saveParagraphText(db, { ...input, ...settled, userId: user.id, merge: true }));
});
