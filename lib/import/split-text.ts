import { normalizeText } from "@/lib/text/normalize";
import { classifyBlocks } from "./classify";
import { plainTextBlocks } from "./plain-text-blocks";
import type { SplitArticle } from "./types";

export type { SplitArticle } from "./types";

/** A plain-text article exactly as an import stores it (the import of a .txt calls this too). */
export function splitPlainText(text: string): SplitArticle {
  return classifyBlocks(plainTextBlocks(normalizeText(text)), { inferHeadings: true });
}
