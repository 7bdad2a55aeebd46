"use server";

import { getDb } from "@/lib/data/db";
import { removeStalePresence, touchPresence } from "@/lib/data/presence";
import { presenceSchema } from "@/lib/validation/presence";
import { userAction } from "./safe-action";

/** The page's heartbeat: it is open on this article. Pages gone quiet are cleared for everyone at the same time. */
export const touchArticlePresence = userAction("viewer", presenceSchema, async (input, user) => {
  const db = await getDb();
  await touchPresence({ db, pageId: input.pageId, articleId: input.articleId, userId: user.id });
  await removeStalePresence({ db });
});
