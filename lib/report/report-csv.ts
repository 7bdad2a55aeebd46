import Papa from "papaparse";
import type { QualityReport } from "./build-report";
import type { FlagCounts } from "./flag-counts";

export const REPORT_CSV_COLUMNS = ["section", "item", "measure", "value"] as const;

type Row = [section: string, item: string, measure: string, value: string | number | boolean | null];

/**
 * The report as one long table (section, item, measure, value): every figure on its own row, so a
 * spreadsheet pivot or a script reads any part without knowing the layout. BOM for Excel; cells
 * that a spreadsheet would run as formulas are neutralised.
 */
export function reportToCsv(report: QualityReport): string {
  const rows: Row[] = [];
  const { article, effort, mqm, flags } = report;
  const push = (section: string, item: string, values: Record<string, string | number | boolean | null>) => {
    for (const [measure, value] of Object.entries(values)) rows.push([section, item, measure, typeof value === "number" ? round(value) : value]);
  };
  push("article", article.title, {
    locale: article.locale,
    paragraphs: report.paragraphs.length,
    excluded_paragraphs: report.excludedParagraphs,
    approved_paragraphs: report.approved,
    changed_paragraphs: effort.changedParagraphs,
    char_edit_rate: effort.charEditRate,
    hter: effort.ter,
    chrf: effort.chrf,
  });
  push("mqm", mqm.preset.id, {
    words: mqm.wordCount,
    penalty: mqm.penalty,
    scored: mqm.scored,
    // Without annotations there is no score to give, and an empty cell says so better than 100.
    score: mqm.scored ? mqm.score : null,
    threshold: mqm.threshold,
    passed: mqm.scored ? mqm.passed : null,
    ...Object.fromEntries(Object.entries(mqm.bySeverity).map(([severity, n]) => [`${severity}_errors`, n])),
  });
  for (const c of mqm.byCategory) push("mqm category", c.category, { errors: c.errors, penalty: c.penalty });
  push("flags", "all", { ...flagMeasures(flags.total), open_major: flags.openSerious.major, open_critical: flags.openSerious.critical });
  for (const { key, ...counts } of flags.byCategory) push("flags by category", key, flagMeasures(counts));
  for (const { key, category, ...counts } of flags.byCheck) push("flags by check", key, { category, ...flagMeasures(counts) });
  for (const p of report.paragraphs) {
    push("paragraph", String(p.number), {
      kind: p.kind,
      status: p.status,
      reviewer: p.reviewer,
      words: p.words,
      changed: p.effort.changed,
      char_edit_rate: p.effort.charEditRate,
      hter: p.effort.ter,
      chrf: p.effort.chrf,
      ...Object.fromEntries(Object.entries(flagMeasures(p.flags)).map(([measure, n]) => [`flags_${measure}`, n])),
      annotations: p.annotations,
      penalty: p.penalty,
    });
  }
  for (const { name, ...activity } of report.reviewers) push("reviewer", name, { ...activity });
  const csv = Papa.unparse({ fields: [...REPORT_CSV_COLUMNS], data: rows.map((r) => r.map((v) => (v === null ? "" : String(v)))) }, { escapeFormulae: true, newline: "\r\n" });
  return `\uFEFF${csv}\r\n`;
}

function flagMeasures(counts: FlagCounts): Record<string, number> {
  return { found: counts.found, fixed: counts.fixed, dismissed: counts.dismissed, open: counts.open, introduced: counts.introduced, introduced_open: counts.introducedOpen };
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
