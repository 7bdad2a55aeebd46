"use server";

import { getDb } from "@/lib/data/db";
import { settleThread } from "@/lib/services/comment-threads";
import { threadStatusSchema } from "@/lib/validation/comment";
import { asCommentAction } from "./as-comment-action";
import { userAction } from "./safe-action";

/** Resolve or reopen. */
export const setThreadStatus = userAction("viewer", threadStatusSchema, async (input, user) =>
  asCommentAction(async () => settleThread({ db: await getDb(), actor: user, ...input })),
);
