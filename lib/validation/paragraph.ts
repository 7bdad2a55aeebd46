import { z } from "zod";
import { PARAGRAPH_KINDS } from "@/lib/domain";
import { RefusalError, type Refusal } from "@/lib/domain/refusal";

// C0/C1 controls other than tab and newline have no place in article text and break exports.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

export const MAX_PARAGRAPH_LENGTH = 100_000;

/** What is wrong with a text: its key in the `refusals` catalogue, and in English for backups and logs. */
export interface ParagraphTextProblem extends Refusal {
  english: string;
}

const TOO_LONG: ParagraphTextProblem = {
  key: "paragraphTooLong",
  values: { max: MAX_PARAGRAPH_LENGTH },
  english: `A paragraph is at most ${MAX_PARAGRAPH_LENGTH.toLocaleString("en")} characters.`,
};
const HAS_CONTROL: ParagraphTextProblem = { key: "controlCharacters", english: "The text contains control characters; remove them and save again." };
const NOT_NFC: ParagraphTextProblem = { key: "notNfc", english: "The text is not in Unicode NFC (composed) form." };

/**
 * What is wrong with a paragraph text as it would be stored, or null. Every path that writes a paragraph's
 * text ends here (save, accepted suggestion, apply-to-all, restored revision, backup restore), so that a
 * text no editor could have saved never gets in through a side door.
 */
export function paragraphTextProblem(text: string): ParagraphTextProblem | null {
  if (text.length > MAX_PARAGRAPH_LENGTH) return TOO_LONG;
  if (CONTROL.test(text)) return HAS_CONTROL;
  if (text !== text.normalize("NFC")) return NOT_NFC;
  return null;
}

export class ParagraphTextError extends RefusalError {}

/**
 * The text to store for one that was just computed (an edit, a suggestion spliced in, an old revision):
 * composed to NFC, since two NFC halves joined can be non-NFC, then checked. Throws ParagraphTextError.
 */
export function finalParagraphText(text: string): string {
  const composed = text.normalize("NFC");
  const problem = paragraphTextProblem(composed);
  if (problem) throw new ParagraphTextError(problem, problem.english);
  return composed;
}

export const paragraphTextSchema = z
  .string()
  .transform((text, ctx) => {
    const composed = text.normalize("NFC");
    const problem = paragraphTextProblem(composed);
    if (problem) ctx.addIssue({ code: "custom", message: problem.key, params: problem.values });
    return composed;
  });

export const saveParagraphSchema = z.object({
  paragraphId: z.number().int().positive(),
  baseVersion: z.number().int().positive(),
  text: paragraphTextSchema,
});

export const paragraphKindSchema = z.object({
  paragraphId: z.number().int().positive(),
  baseVersion: z.number().int().positive(),
  kind: z.enum(PARAGRAPH_KINDS),
});

export const approveParagraphSchema = z.object({
  paragraphId: z.number().int().positive(),
  baseVersion: z.number().int().positive(),
});
