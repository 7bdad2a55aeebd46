import { finalParagraphText, ParagraphTextError } from "@/lib/validation/paragraph";
import { ActionError } from "./safe-action";

/** A text computed here (a suggestion spliced in, an old revision) passes the same validator as a typed one. */
export function computedText(text: string): string {
  try {
    return finalParagraphText(text);
  } catch (error) {
    if (error instanceof ParagraphTextError) throw new ActionError(error.message);
    throw error;
  }
}
