"use server";

import { getDb } from "@/lib/data/db";
import { articleThreads } from "@/lib/services/comment-threads";
import { articleThreadsSchema } from "@/lib/validation/comment";
import { asCommentAction } from "./as-comment-action";
import { userAction } from "./safe-action";

export const listCommentThreads = userAction("viewer", articleThreadsSchema, async (input, user) =>
  asCommentAction(async () => articleThreads({ db: await getDb(), actor: user, articleId: input.articleId })),
);
