import { createFormatter } from "next-intl";
import { escapeHtml } from "@/lib/export/escape-html";
import type { UiLocale } from "@/lib/i18n/config";
import { catalogueTranslator } from "@/lib/i18n/catalogue-translator";
import type { QualityReport } from "./build-report";
import { openNow, type FlagCountRow } from "./flag-counts";
import { reportWording, type ReportCatalogue } from "./report-wording";

const STYLE = `
body { margin: 0; background: #fafaf9; color: #1c1917; font: 15px/1.5 system-ui, sans-serif; }
main { max-width: 60rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
h1 { font: 600 1.6rem/1.3 Georgia, serif; margin: 0 0 0.25rem; }
h2 { font-size: 1.1rem; margin: 2rem 0 0.5rem; }
.sub { color: #57534e; margin: 0 0 1.5rem; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr)); gap: 0.75rem; }
.card { background: #fff; border: 1px solid #e7e5e4; border-radius: 6px; padding: 0.75rem; }
.card b { display: block; font-size: 1.5rem; font-variant-numeric: tabular-nums; }
.pass { color: #047857; } .fail { color: #b91c1c; }
table { width: 100%; border-collapse: collapse; background: #fff; border: 1px solid #e7e5e4; }
th, td { padding: 0.3rem 0.5rem; border-bottom: 1px solid #f5f5f4; text-align: left; vertical-align: top; }
th { font-size: 0.75rem; text-transform: uppercase; letter-spacing: 0.03em; color: #57534e; background: #f5f5f4; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
.bar { display: inline-block; height: 0.6rem; background: #0f5e59; border-radius: 2px; vertical-align: middle; }
@media print { body { background: #fff; } }
`;

/** Markup this module built itself; every other cell value is text and gets escaped. */
type Cell = string | number | { html: string };
const raw = (html: string): Cell => ({ html });

export interface ReportFileOptions {
  /** The reader's interface language: the file is worded in it. */
  locale: UiLocale;
  generatedAt?: Date;
}

function catalogueFor(locale: UiLocale): ReportCatalogue {
  const translate = catalogueTranslator(locale, "report");
  const format = createFormatter({ locale });
  return { t: translate, has: (key) => translate.has(key), number: (value, options) => format.number(value, options) };
}

/** The report as a standalone page in the reader's language: inline CSS, no scripts, no external assets; every text escaped. */
export function reportToHtml(report: QualityReport, { locale, generatedAt = new Date() }: ReportFileOptions): string {
  const catalogue = catalogueFor(locale);
  const { t, number } = catalogue;
  const { verdict: verdictOf, flagOutcomes, pct, oneDecimal, mqmName } = reportWording(catalogue);
  const num = (value: number) => number(value);
  const cell = (value: Cell) => (typeof value === "number" ? `<td class="n">${num(value)}</td>` : typeof value === "string" ? `<td>${escapeHtml(value)}</td>` : value.html);
  const table = (head: string[], rows: Cell[][], numeric = new Set<number>()) => {
    const th = head.map((h, i) => `<th${numeric.has(i) ? ' class="n"' : ""}>${escapeHtml(h)}</th>`).join("");
    const body = rows.map((r) => `<tr>${r.map(cell).join("")}</tr>`).join("\n");
    return `<table><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table>`;
  };
  const { article, effort, mqm, flags } = report;
  const maxFound = Math.max(1, ...flags.byCategory.map((r) => r.found), ...flags.byCheck.map((r) => r.found));
  const bar = (found: number) => raw(`<td><span class="bar" style="width:${Math.round((120 * found) / maxFound)}px"></span></td>`);
  const flagRows = (rows: FlagCountRow[], name: (key: string) => string): Cell[][] => rows.map((r) => [name(r.key), r.found, r.fixed, r.dismissed, r.open, r.introduced, bar(r.found)]);
  const verdict = verdictOf(mqm, flags.openSerious);
  const tone = verdict.tone === "none" ? "" : ` class="${verdict.tone}"`;
  const serious = verdict.openSerious ? ` · <span class="fail">${escapeHtml(verdict.openSerious)}</span>` : "";
  const cards = [
    [t("cards.mqmScore"), `<span${tone}>${escapeHtml(verdict.score)}</span>`, `${escapeHtml(verdict.verdict)} · ${escapeHtml(mqm.preset.label)}${serious}`],
    [t("cards.penalty"), escapeHtml(oneDecimal(mqm.penalty)), escapeHtml(t("cards.penaltyNote", { annotations: report.paragraphs.reduce((n, p) => n + p.annotations, 0), words: mqm.wordCount }))],
    [t("cards.charEditRate"), escapeHtml(pct(effort.charEditRate)), escapeHtml(t("cards.charEditNote", { changed: effort.changedParagraphs, total: effort.paragraphs }))],
    [t("cards.hter"), escapeHtml(pct(effort.ter)), escapeHtml(t("cards.hterNote"))],
    [t("cards.chrf"), escapeHtml(oneDecimal(effort.chrf)), escapeHtml(t("cards.chrfNote"))],
    [t("cards.flags"), escapeHtml(num(flags.total.found)), escapeHtml(flagOutcomes(flags.total))],
  ]
    .map(([label, value, note]) => `<div class="card">${escapeHtml(label)}<b>${value}</b><small>${note}</small></div>`)
    .join("");
  const flagHead = [t("flags.found"), t("flags.fixed"), t("flags.dismissed"), t("flags.open"), t("flags.introduced"), ""];
  const n5 = new Set([1, 2, 3, 4, 5]);
  const generated = generatedAt.toISOString().slice(0, 16).replace("T", " ");
  const summary = t("page.summary", { locale: article.locale, approved: report.approved, total: report.paragraphs.length, excluded: report.excludedParagraphs });
  return `<!doctype html>
<html lang="${escapeHtml(locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(`${t("title")} — ${article.title}`)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1 lang="${escapeHtml(article.locale)}">${escapeHtml(article.title)}</h1>
<p class="sub">${escapeHtml(t("title"))} · ${escapeHtml(summary)} · ${escapeHtml(t("file.generated", { at: generated }))}</p>
<div class="cards">${cards}</div>
<h2>${escapeHtml(t("errors.byCategory"))}</h2>
${mqm.byCategory.length ? table([t("errors.category"), t("errors.errors"), t("errors.penalty")], mqm.byCategory.map((c) => [mqmName("categories", c.category), c.errors, raw(`<td class="n">${escapeHtml(oneDecimal(c.penalty))}</td>`)]), new Set([1, 2])) : `<p>${escapeHtml(t("errors.none"))}</p>`}
<h2>${escapeHtml(t("flags.heading"))}</h2>
${table([t("flags.category"), ...flagHead], flagRows(flags.byCategory, (key) => mqmName("categories", key)), n5)}
<h2>${escapeHtml(t("flags.byCheck"))}</h2>
${table([t("flags.check"), ...flagHead], flagRows(flags.byCheck, (key) => key), n5)}
<h2>${escapeHtml(t("effort.heading"))}</h2>
${table(
  ["¶", t("effort.kind"), t("effort.status"), t("effort.words"), t("effort.charEditRate"), t("effort.hter"), t("effort.chrf"), t("effort.openFlags"), t("effort.errors"), t("effort.reviewer")],
  report.paragraphs.map((p) => [p.number, t(`kinds.${p.kind}`), t(`statuses.${p.status}`), p.words, raw(`<td class="n">${escapeHtml(pct(p.effort.charEditRate))}</td>`), raw(`<td class="n">${escapeHtml(pct(p.effort.ter))}</td>`), raw(`<td class="n">${escapeHtml(oneDecimal(p.effort.chrf))}</td>`), openNow(p.flags), p.annotations, p.reviewer ?? "—"]),
  new Set([0, 3, 4, 5, 6, 7, 8]),
)}
<h2>${escapeHtml(t("reviewers.heading"))}</h2>
${report.reviewers.length ? table([t("reviewers.reviewer"), t("reviewers.edits"), t("reviewers.approvals"), t("reviewers.dismissals"), t("reviewers.annotations")], report.reviewers.map((r) => [r.name, r.edits, r.approvals, r.dismissals, r.annotations]), new Set([1, 2, 3, 4])) : `<p>${escapeHtml(t("reviewers.none"))}</p>`}
</main>
</body>
</html>
`;
}
