import { MAX_TITLE_LENGTH } from "@/lib/validation/limits";
import type { SplitParagraph } from "./types";

/** Proposed titles stop at a word, well inside the limit, so that the reviewer can still add to them. */
const PROPOSED_LENGTH = Math.min(MAX_TITLE_LENGTH, 160);

/** The first line of the article's text (metadata and site text aside), cut at a word when it is long. */
export function proposeTitle(paragraphs: readonly SplitParagraph[]): string | null {
  const first = paragraphs.find((p) => p.kind === "body" || p.kind === "heading");
  const line = first?.text.split("\n")[0].replace(/\s+/g, " ").trim();
  if (!line) return null;
  if (line.length <= PROPOSED_LENGTH) return line;
  const cut = line.slice(0, PROPOSED_LENGTH - 1);
  return `${cut.slice(0, cut.lastIndexOf(" ")).replace(/[\s,;:–—-]+$/u, "")}…`;
}
