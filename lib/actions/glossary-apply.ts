"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { applyBulkChange, BulkChangeUndoError, previewBulkChange, undoBulkChange } from "@/lib/data/bulk-changes";
import { getDb } from "@/lib/data/db";
import { GLOSSARY_TYPES, type GlossaryType } from "@/lib/glossary/types";
import { cleanForm } from "@/lib/glossary/validate";
import { ActionError, userAction } from "./safe-action";

const form = z.string().transform(cleanForm).pipe(z.string().min(1).max(200));

const termSchema = z.object({
  preferred: form,
  variants: z.array(form).min(1, "Give at least one variant to replace.").max(200),
  type: z.enum(GLOSSARY_TYPES as [GlossaryType, ...GlossaryType[]]),
  caseSensitive: z.boolean(),
});

export const previewApplyToAll = userAction(
  "reviewer",
  z.object({ term: termSchema, articleId: z.number().int().positive().optional() }),
  async (input) => previewBulkChange(await getDb(), input.term, { articleId: input.articleId }),
);

const checkedSchema = z.object({
  paragraphId: z.number().int().positive(),
  version: z.number().int().positive(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});

/** The client names the entry and the places it kept checked; the server finds the replacements itself. */
export const applyToAll = userAction(
  "reviewer",
  z.object({ term: termSchema, replacements: z.array(checkedSchema).min(1, "Check at least one occurrence.").max(10_000) }),
  async (input, user) => {
    const result = await applyBulkChange(await getDb(), { term: input.term, occurrences: input.replacements, userId: user.id });
    revalidatePath("/glossary");
    return result;
  },
);

export const undoApplyToAll = userAction("reviewer", z.object({ id: z.number().int().positive() }), async (input, user) => {
  try {
    const result = await undoBulkChange(await getDb(), input.id, user.id);
    revalidatePath("/glossary");
    return result;
  } catch (error) {
    if (error instanceof BulkChangeUndoError) throw new ActionError(error.message);
    throw error;
  }
});
