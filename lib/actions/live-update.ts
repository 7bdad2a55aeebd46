"use server";

import { getDb } from "@/lib/data/db";
import { getParagraph, paragraphsChangedSince, type ParagraphView } from "@/lib/data/paragraphs";
import { mergeNotices } from "@/lib/review/merge-notices";
import { liveUpdateSchema } from "@/lib/validation/live";
import { recheck } from "./review-update";
import { userAction } from "./safe-action";

/**
 * What a page needs after the event stream said something changed: paragraphs past its versions and the
 * ones named (an approval keeps the version), the re-checked flags and dismissals, and merge notices.
 */
export const liveUpdate = userAction("viewer", liveUpdateSchema, async (input, user) => {
  const db = await getDb();
  const known = new Map(input.known);
  const { paragraphs: newer, revisions } = await paragraphsChangedSince(db, input.articleId, known);
  const named = await Promise.all(input.paragraphIds.filter((id) => !newer.some((p) => p.id === id)).map((id) => getParagraph(db, id)));
  const paragraphs: ParagraphView[] = [...newer, ...named.filter((p): p is ParagraphView => p !== null && p.articleId === input.articleId)];
  const notices = mergeNotices(revisions, new Map(paragraphs.map((p) => [p.id, p.position])), user.id);
  return { paragraphs, notices, ...(await recheck(db, input.articleId)) };
});
