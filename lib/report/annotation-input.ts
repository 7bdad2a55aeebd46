import { z } from "zod";
import { severitySchema } from "@/lib/domain";
import { isMqmCategory, isSubtypeOf, MQM_SEVERITIES, type MqmCategory } from "@/lib/metrics/mqm-typology";

/** Shared by the annotation form and the server actions, so both refuse the same input. */
export const MAX_COMMENT_LENGTH = 2000;

const span = {
  paragraphId: z.number().int().positive(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string().min(1, "Select at least one character to annotate.").max(10_000),
};

const comment = z
  .string()
  .trim()
  .max(MAX_COMMENT_LENGTH, `A comment is at most ${MAX_COMMENT_LENGTH} characters.`)
  .nullish()
  .transform((value) => value || null);

export const annotationInputSchema = z
  .object({
    ...span,
    category: z.string().refine(isMqmCategory, "Choose an MQM category."),
    subtype: z.string().nullish().transform((value) => value || null),
    severity: z.enum(MQM_SEVERITIES, "Choose a severity."),
    comment,
    /** Set when the form was opened from a flag, so the report can tell flagged errors from ones reviewers found. */
    check: z.string().max(100).nullish().transform((value) => value || null),
  })
  .refine((a) => a.start < a.end && a.end - a.start === a.text.length, "The selected span does not match its text.")
  .refine((a) => !a.subtype || isSubtypeOf(a.category as MqmCategory, a.subtype), "That subtype does not belong to the chosen category.");

export type AnnotationInput = z.input<typeof annotationInputSchema>;

/** A flag as the review page shows it; category, subtype and severity are derived on the server. */
export const flagAnnotationSchema = z
  .object({
    ...span,
    check: z.string().min(1).max(100),
    category: z.string().refine(isMqmCategory, "The flag has no MQM category."),
    severity: severitySchema,
    comment,
  })
  .refine((a) => a.start < a.end && a.end - a.start === a.text.length, "The flag's span does not match its text.");

export type FlagAnnotationInput = z.input<typeof flagAnnotationSchema>;
