"use server";

import { finalParagraphText } from "@/lib/validation/paragraph";
import { getDb } from "@/lib/data/db";
import { getParagraphText, saveParagraphText } from "@/lib/data/paragraphs";
import { acceptSuggestionSchema } from "@/lib/validation/review";
import { afterSave } from "./review-update";
import { ActionError, userAction } from "./safe-action";
import { encodeRevisionNote } from "@/lib/domain/revision-note";

/** Replaces the flagged span with the suggestion, as a revision of its own; refuses if the span moved. */
export const acceptSuggestion = userAction("reviewer", acceptSuggestionSchema, async (input, user) => {
  const db = await getDb();
  const current = await getParagraphText(db, { paragraphId: input.paragraphId });
  if (!current) throw new ActionError("paragraphGone");
  if (current.version === input.baseVersion && current.currentText.slice(input.start, input.end) !== input.expected) {
    throw new ActionError("flagMoved");
  }
  const text = finalParagraphText(current.currentText.slice(0, input.start) + input.replacement + current.currentText.slice(input.end));
  return afterSave(
    db,
    await saveParagraphText(db, {
      paragraphId: input.paragraphId,
      baseVersion: input.baseVersion,
      text,
      userId: user.id,
      kind: "suggestion",
      note: encodeRevisionNote({ key: "suggestion", values: { check: input.check, expected: input.expected, replacement: input.replacement } }),
    }),
  );
});
