"use server";

import { getDb } from "@/lib/data/db";
import { editComment as edit } from "@/lib/services/comment-threads";
import { editCommentSchema } from "@/lib/validation/comment";
import { asCommentAction } from "./as-comment-action";
import { userAction } from "./safe-action";

export const editComment = userAction("viewer", editCommentSchema, async (input, user) =>
  asCommentAction(async () => edit({ db: await getDb(), actor: user, ...input })),
);
