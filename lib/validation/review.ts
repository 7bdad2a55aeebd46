import { z } from "zod";
import { MAX_PARAGRAPH_LENGTH, saveParagraphSchema } from "./paragraph";

const id = z.number().int().positive();

/** A typed edit; `mergedFrom` is set when the text settles a merge by hand: the version the edit was based on. */
export const editParagraphSchema = saveParagraphSchema.extend({ mergedFrom: id.optional() });

/** A flag's suggestion spliced into the span it was raised on, as the reviewer saw it. */
export const acceptSuggestionSchema = z.object({
  paragraphId: id,
  baseVersion: id,
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  expected: z.string().max(MAX_PARAGRAPH_LENGTH),
  replacement: z.string().max(MAX_PARAGRAPH_LENGTH),
  check: z.string().max(100),
});

export const dismissFlagSchema = z.object({
  paragraphId: id,
  check: z.string().min(1).max(100),
  text: z.string().min(1).max(10_000),
  reason: z.string().trim().max(500).optional(),
});

export const restoreDismissalSchema = z.object({ dismissalId: id });

export const paragraphHistorySchema = z.object({ paragraphId: id });

export const restoreRevisionSchema = z.object({ paragraphId: id, revisionId: id, baseVersion: id });

export const countMachineFlagsSchema = z.object({ articleId: id });
