"use server";

import { finalParagraphText } from "@/lib/validation/paragraph";
import { getDb } from "@/lib/data/db";
import { getRevision, saveParagraphText } from "@/lib/data/paragraphs";
import { restoreRevisionSchema } from "@/lib/validation/review";
import { afterSave } from "./review-update";
import { ActionError, userAction } from "./safe-action";
import { encodeRevisionNote } from "@/lib/domain/revision-note";

/** Restoring writes the old text as a new revision: nothing in the history is ever removed. */
export const restoreRevision = userAction("reviewer", restoreRevisionSchema, async (input, user) => {
  const db = await getDb();
  const revision = await getRevision(db, input.revisionId);
  if (!revision || revision.paragraphId !== input.paragraphId) throw new ActionError("revisionElsewhere");
  return afterSave(
    db,
    await saveParagraphText(db, {
      paragraphId: input.paragraphId,
      baseVersion: input.baseVersion,
      text: finalParagraphText(revision.text),
      userId: user.id,
      kind: "restore",
      note: encodeRevisionNote({ key: "restored", values: { version: revision.version } }),
    }),
  );
});
