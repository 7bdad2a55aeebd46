import { z } from "zod";

/** Only body paragraphs are translated prose; the other kinds are kept but not reviewed as such. */
export const PARAGRAPH_KINDS = ["body", "heading", "metadata", "boilerplate"] as const;

export const paragraphKindSchema = z.enum(PARAGRAPH_KINDS);

export type ParagraphKind = z.infer<typeof paragraphKindSchema>;
