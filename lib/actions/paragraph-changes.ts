"use server";

import { z } from "zod";
import { getDb } from "@/lib/data/db";
import { getRevisionAt, paragraphsChangedSince, saveParagraphText } from "@/lib/data/paragraphs";
import { mergeNotices } from "@/lib/review/merge-notices";
import { afterSave, recheck } from "./review-update";
import { ActionError, userAction } from "./safe-action";

const id = z.number().int().positive();

/** Undoes one change (an accepted suggestion) as a new revision with the text before it, if nobody changed it since. */
export const undoChange = userAction("reviewer", z.object({ paragraphId: id, version: z.number().int().min(2) }), async (input, user) => {
  const db = await getDb();
  const previous = await getRevisionAt(db, input.paragraphId, input.version - 1);
  if (!previous) throw new ActionError("There is no earlier version of this paragraph to go back to.");
  return afterSave(
    db,
    await saveParagraphText(db, {
      paragraphId: input.paragraphId,
      baseVersion: input.version,
      text: previous.text,
      userId: user.id,
      kind: "restore",
      note: `undo: back to version ${previous.version}`,
    }),
  );
});

/**
 * What others saved since the versions this page holds: the newer paragraphs, the article's flags again,
 * and a word for the reviewer whose text someone's edit was merged into. Null when nothing changed.
 */
export const articleChanges = userAction(
  "viewer",
  z.object({ articleId: id, known: z.array(z.tuple([id, id])).max(50_000) }),
  async (input, user) => {
    const db = await getDb();
    const { paragraphs, revisions } = await paragraphsChangedSince(db, input.articleId, new Map(input.known));
    if (paragraphs.length === 0) return null;
    const notices = mergeNotices(revisions, new Map(paragraphs.map((p) => [p.id, p.position])), user.id);
    return { paragraphs, notices, ...(await recheck(db, input.articleId)) };
  },
);
