import { z } from "zod";

export const MAX_COMMENT_LENGTH = 5000;

const id = z.number().int().positive();

// C0/C1 controls other than tab and newline have no place in a comment either.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

export const commentBodySchema = z
  .string()
  .transform((s) => s.normalize("NFC").trim())
  .pipe(
    z
      .string()
      .min(1, "commentEmpty")
      .max(MAX_COMMENT_LENGTH, `A comment is at most ${MAX_COMMENT_LENGTH.toLocaleString("en")} characters.`)
      .refine((s) => !CONTROL.test(s), "commentControl"),
  );

/** A span of the paragraph's current text as the reviewer selected it, at the version they saw. */
export const commentSpanSchema = z
  .object({ start: z.number().int().min(0), end: z.number().int().min(0), quote: z.string().min(1).max(2000) })
  .refine((s) => s.end > s.start && s.end - s.start === s.quote.length, "commentSpanMismatch");

export const startThreadSchema = z.object({
  paragraphId: id,
  /** The paragraph version the reviewer was reading: a span is checked against it. */
  version: id,
  span: commentSpanSchema.nullable(),
  body: commentBodySchema,
});

export const replySchema = z.object({ threadId: id, body: commentBodySchema });

export const threadStatusSchema = z.object({ threadId: id, status: z.enum(["open", "resolved"]) });

export const editCommentSchema = z.object({ commentId: id, body: commentBodySchema });

export const deleteCommentSchema = z.object({ commentId: id });

export const articleThreadsSchema = z.object({ articleId: id });

export type StartThreadInput = z.infer<typeof startThreadSchema>;
