import { cleanArticle } from "./clean-article";
import type { ExportArticle } from "./types";

export interface ExportSummary {
  approved: number;
  total: number;
  notApproved: number;
}

/** Approval among the paragraphs the cleaned article will contain, so the UI can ask before exporting. */
export function exportSummary(article: ExportArticle): ExportSummary {
  const kept = cleanArticle(article).blocks;
  const approved = kept.filter((b) => b.status === "approved").length;
  return { approved, total: kept.length, notApproved: kept.length - approved };
}
