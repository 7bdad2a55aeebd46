"use server";

import { getDb } from "@/lib/data/db";
import { replyToThread as reply } from "@/lib/services/comment-threads";
import { replySchema } from "@/lib/validation/comment";
import { asCommentAction } from "./as-comment-action";
import { userAction } from "./safe-action";

export const replyToThread = userAction("viewer", replySchema, async (input, user) =>
  asCommentAction(async () => reply({ db: await getDb(), actor: user, ...input })),
);
