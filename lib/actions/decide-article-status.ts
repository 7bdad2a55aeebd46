"use server";

import { z } from "zod";
import { getDb } from "@/lib/data/db";
import { decideArticleStatus as decide } from "@/lib/services/article-status-change";
import { articleAction } from "./article-action";

const schema = z.object({ articleId: z.number().int().positive(), decision: z.enum(["approve", "reopen"]) });

/** A reviewer approves the article, or puts an approved or published one back in review. */
export const decideArticleStatus = articleAction("reviewer", schema, async (input, user) =>
  decide(await getDb(), { user, articleId: input.articleId, decision: input.decision }),
);
