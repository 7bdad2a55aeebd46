import { exportSummary } from "@/lib/export/summary";
import type { ParagraphKind, ReviewStatus } from "@/lib/domain";

interface StoredParagraph {
  position: number;
  kind: ParagraphKind;
  currentText: string;
  status: ReviewStatus;
}

/**
 * Unapproved paragraphs among those the cleaned article keeps, counted as the server counts before
 * a download. The title matters: a first heading that only repeats it is not exported.
 */
export function countNotApproved(paragraphs: readonly StoredParagraph[], title: string): number {
  return exportSummary({
    title,
    author: null,
    sourceName: null,
    sourceUrl: null,
    locale: "pt-PT",
    paragraphs: paragraphs.map((p) => ({ ...p, machineText: p.currentText, text: p.currentText })),
  }).notApproved;
}
