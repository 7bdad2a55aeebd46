import type { ExportArticle } from "@/lib/export/types";
import { dismissedNow, openNow, summariseFlags } from "./flag-counts";
import type { ReportInput } from "./types";

/** The article as the export renderers take it, with each paragraph's open and dismissed flags for the review table. */
export function toExportArticle(input: ReportInput): ExportArticle {
  const flags = summariseFlags(input.paragraphs).byParagraph;
  return {
    title: input.article.title,
    author: input.article.author,
    sourceName: input.article.sourceName,
    sourceUrl: input.article.sourceUrl,
    locale: input.article.locale,
    paragraphs: input.paragraphs.map((p) => {
      const counts = flags.get(p.id);
      return {
        position: p.position,
        kind: p.kind,
        machineText: p.machineText,
        text: p.currentText,
        status: p.status,
        reviewer: p.reviewer,
        flagsOpen: counts ? openNow(counts) : 0,
        flagsDismissed: counts ? dismissedNow(counts) : 0,
      };
    }),
  };
}
