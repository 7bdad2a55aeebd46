import { z } from "zod";

// C0/C1 controls other than tab and newline have no place in article text and break exports.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

export const MAX_PARAGRAPH_LENGTH = 100_000;

export const paragraphTextSchema = z
  .string()
  .max(MAX_PARAGRAPH_LENGTH, `A paragraph is at most ${MAX_PARAGRAPH_LENGTH.toLocaleString("en")} characters.`)
  .refine((text) => !CONTROL.test(text), "The text contains control characters; remove them and save again.")
  .transform((text) => text.normalize("NFC"));

export const saveParagraphSchema = z.object({
  paragraphId: z.number().int().positive(),
  baseVersion: z.number().int().positive(),
  text: paragraphTextSchema,
});

export const paragraphKindSchema = z.object({
  paragraphId: z.number().int().positive(),
  kind: z.enum(["body", "heading", "metadata", "boilerplate"]),
});

export const approveParagraphSchema = z.object({
  paragraphId: z.number().int().positive(),
  baseVersion: z.number().int().positive(),
});
