"use server";

import { getDb } from "@/lib/data/db";
import { removePresence } from "@/lib/data/presence";
import { leaveSchema } from "@/lib/validation/presence";
import { userAction } from "./safe-action";

/** The page is closing: it leaves the list of viewers at once rather than when its heartbeat times out. */
export const leaveArticle = userAction("viewer", leaveSchema, async (input, user) => {
  await removePresence({ db: await getDb(), pageId: input.pageId, userId: user.id });
});
