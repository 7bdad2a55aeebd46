"use server";

import { getDb } from "@/lib/data/db";
import { removeComment } from "@/lib/services/comment-threads";
import { deleteCommentSchema } from "@/lib/validation/comment";
import { asCommentAction } from "./as-comment-action";
import { userAction } from "./safe-action";

export const deleteComment = userAction("viewer", deleteCommentSchema, async (input, user) =>
  asCommentAction(async () => removeComment({ db: await getDb(), actor: user, ...input })),
);
