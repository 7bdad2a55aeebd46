import { z } from "zod";

const id = z.number().int().positive();

export const liveUpdateSchema = z.object({
  articleId: id,
  /** The paragraph versions the page holds: newer ones come back. */
  known: z.array(z.tuple([id, id])).max(50_000),
  /** Paragraphs a change named that need no new version to differ (an approval). */
  paragraphIds: z.array(id).max(1000),
});
