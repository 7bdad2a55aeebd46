import { z } from "zod";
import { GLOSSARY_TYPES, type GlossaryType } from "@/lib/glossary/types";
import { cleanForm } from "@/lib/glossary/validate";

const form = z.string().transform(cleanForm).pipe(z.string().min(1).max(200));

/** The glossary entry whose variants are replaced across articles. */
export const applyTermSchema = z.object({
  preferred: form,
  variants: z.array(form).min(1, "variantNeeded").max(200),
  type: z.enum(GLOSSARY_TYPES as [GlossaryType, ...GlossaryType[]]),
  caseSensitive: z.boolean(),
});

export const previewApplySchema = z.object({ term: applyTermSchema, articleId: z.number().int().positive().optional() });

/** One occurrence the reviewer kept checked, as the preview showed it: the server finds the replacement itself. */
const checkedSchema = z.object({
  paragraphId: z.number().int().positive(),
  version: z.number().int().positive(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});

export const applySchema = z.object({ term: applyTermSchema, replacements: z.array(checkedSchema).min(1, "occurrenceNeeded").max(10_000) });

export const undoApplySchema = z.object({ id: z.number().int().positive() });
