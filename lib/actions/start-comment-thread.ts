"use server";

import { getDb } from "@/lib/data/db";
import { startThread } from "@/lib/services/comment-threads";
import { startThreadSchema } from "@/lib/validation/comment";
import { asCommentAction } from "./as-comment-action";
import { userAction } from "./safe-action";

export const startCommentThread = userAction("viewer", startThreadSchema, async (input, user) =>
  asCommentAction(async () => startThread({ db: await getDb(), actor: user, ...input })),
);
