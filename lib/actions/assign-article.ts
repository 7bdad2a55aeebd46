"use server";

import { z } from "zod";
import { getDb } from "@/lib/data/db";
import { assignArticleAs } from "@/lib/services/article-assign";
import { articleAction } from "./article-action";

const schema = z.object({ articleId: z.number().int().positive(), userIds: z.array(z.number().int().positive()).max(100) });

/** Sets who reviews the article; administrators only. */
export const assignArticle = articleAction("admin", schema, async (input, user) =>
  assignArticleAs(await getDb(), { user, articleId: input.articleId, userIds: input.userIds }),
);
