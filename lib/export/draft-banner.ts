import { LABELS } from "./labels";
import { exportSummary } from "./summary";
import type { ExportArticle, RenderOptions } from "./types";

/** The banner text when a draft is requested and some kept paragraphs are not approved; otherwise null. */
export function draftBanner(article: ExportArticle, options: RenderOptions): string | null {
  if (!options.draft) return null;
  const { notApproved } = exportSummary(article);
  return notApproved > 0 ? LABELS.draft(notApproved) : null;
}
