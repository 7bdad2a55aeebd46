"use server";

import { getDb } from "@/lib/data/db";
import { editArticleAlignment } from "@/lib/services/alignment-edit";
import { articleAlignmentEditSchema } from "@/lib/validation/source-alignment";
import { userAction } from "./safe-action";

/** One hand fix of an article's alignment; the editor reads the new alignment and its flags from the answer. */
export const editAlignment = userAction("reviewer", articleAlignmentEditSchema, async ({ articleId, baseVersion, edit }, user) =>
  editArticleAlignment({ db: await getDb(), actor: user, articleId, baseVersion, edit }),
);
