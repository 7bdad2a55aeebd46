"use server";

import { z } from "zod";
import { getDb } from "@/lib/data/db";
import { getRevisionAt, saveParagraphText } from "@/lib/data/paragraphs";
import { afterSave } from "./review-update";
import { ActionError, userAction } from "./safe-action";
import { encodeRevisionNote } from "@/lib/domain/revision-note";

const id = z.number().int().positive();

/** Undoes one change (an accepted suggestion) as a new revision with the text before it, if nobody changed it since. */
export const undoChange = userAction("reviewer", z.object({ paragraphId: id, version: z.number().int().min(2) }), async (input, user) => {
  const db = await getDb();
  const previous = await getRevisionAt(db, input.paragraphId, input.version - 1);
  if (!previous) throw new ActionError("noEarlierVersion");
  return afterSave(
    db,
    await saveParagraphText(db, {
      paragraphId: input.paragraphId,
      baseVersion: input.version,
      text: previous.text,
      userId: user.id,
      kind: "restore",
      note: encodeRevisionNote({ key: "undo", values: { version: previous.version } }),
    }),
  );
});
