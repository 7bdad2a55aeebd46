import Papa from "papaparse";
import { editEffort } from "@/lib/metrics/edit-effort";
import { paragraphNumber } from "@/lib/review/paragraph-number";
import type { ExportArticle } from "./types";

export const REVIEW_CSV_COLUMNS = [
  "paragraph",
  "kind",
  "machine_text",
  "final_text",
  "changed",
  "char_edit_rate",
  "ter",
  "chrf",
  "flags_open",
  "flags_dismissed",
  "status",
  "excluded",
  "reviewer",
] as const;

/**
 * The bilingual review table, paragraphs numbered from 1: every paragraph (boilerplate and excluded
 * ones too, so the record is complete), machine text beside final text, with the edit figures. Starts with a BOM so Excel
 * reads it as UTF-8; cells that a spreadsheet would run as formulas are neutralised.
 */
export function toReviewCsv(article: ExportArticle): string {
  const rows = [...article.paragraphs]
    .sort((a, b) => a.position - b.position)
    .map((p) => {
      const effort = editEffort(p.machineText, p.text);
      return [
        paragraphNumber(p.position),
        p.kind,
        p.machineText,
        p.text,
        effort.changed ? "yes" : "no",
        round(effort.charEditRate),
        round(effort.ter),
        round(effort.chrf),
        p.flagsOpen ?? 0,
        p.flagsDismissed ?? 0,
        p.status,
        p.excluded ? "yes" : "no",
        p.reviewer ?? "",
      ];
    });
  const csv = Papa.unparse({ fields: [...REVIEW_CSV_COLUMNS], data: rows }, { escapeFormulae: true, newline: "\r\n" });
  return `\uFEFF${csv}\r\n`;
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
