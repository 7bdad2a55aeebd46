"use server";

import { z } from "zod";
import { getDb } from "@/lib/data/db";
import { archiveArticleAs } from "@/lib/services/article-archive";
import { articleAction } from "./article-action";

const schema = z.object({ articleId: z.number().int().positive(), archived: z.boolean() });

/** Archives (hidden, read-only, nothing deleted) or restores an article; administrators only. */
export const archiveArticle = articleAction("admin", schema, async (input, user) =>
  archiveArticleAs(await getDb(), { user, articleId: input.articleId, archived: input.archived }),
);
