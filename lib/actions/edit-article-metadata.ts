"use server";

import { getDb } from "@/lib/data/db";
import { editArticleMetadataAs } from "@/lib/services/article-metadata-edit";
import { editArticleMetadataSchema } from "@/lib/validation/article-metadata";
import { articleAction } from "./article-action";

/** Title, author, source, source URL and target locale, with history; the same schema checks the form. */
export const editArticleMetadata = articleAction("reviewer", editArticleMetadataSchema, async (input, user) =>
  editArticleMetadataAs(await getDb(), { user, articleId: input.articleId, expected: input.expected, next: input.next, headlineVersion: input.headlineVersion }),
);
