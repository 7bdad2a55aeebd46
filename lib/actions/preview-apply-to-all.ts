"use server";

import { previewBulkChange } from "@/lib/data/bulk-changes";
import { getDb } from "@/lib/data/db";
import { previewApplySchema } from "@/lib/validation/glossary-apply";
import { userAction } from "./safe-action";

export const previewApplyToAll = userAction("reviewer", previewApplySchema, async (input) => previewBulkChange(await getDb(), input.term, { articleId: input.articleId }));
