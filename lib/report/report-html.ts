import { escapeHtml } from "@/lib/export/escape-html";
import type { QualityReport } from "./build-report";
import { openNow, type FlagCountRow } from "./flag-counts";
import { flagOutcomeNote, mqmVerdict } from "./verdict";

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
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.bar { display: inline-block; height: 0.6rem; background: #0f5e59; border-radius: 2px; vertical-align: middle; }
@media print { body { background: #fff; } }
`;

const pct = (value: number) => `${(100 * value).toFixed(1)}%`;
const num = (value: number, digits = 0) => value.toLocaleString("en", { minimumFractionDigits: digits, maximumFractionDigits: digits });
/** Markup this module built itself; every other cell value is text and gets escaped. */
type Cell = string | number | { html: string };
const raw = (html: string): Cell => ({ html });

function cell(value: Cell): string {
  if (typeof value === "number") return `<td class="n">${num(value)}</td>`;
  return typeof value === "string" ? `<td>${escapeHtml(value)}</td>` : value.html;
}

function table(head: string[], rows: Cell[][], numeric = new Set<number>()): string {
  const th = head.map((h, i) => `<th${numeric.has(i) ? ' class="n"' : ""}>${escapeHtml(h)}</th>`).join("");
  const body = rows.map((r) => `<tr>${r.map(cell).join("")}</tr>`).join("\n");
  return `<table><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function flagRows(rows: FlagCountRow[], max: number): Cell[][] {
  return rows.map((r) => [r.key, r.found, r.fixed, r.dismissed, r.open, r.introduced, raw(`<td><span class="bar" style="width:${Math.round((120 * r.found) / Math.max(1, max))}px"></span></td>`)]);
}

/** The report as a standalone page: inline CSS, no scripts, no external assets; every text escaped. */
export function reportToHtml(report: QualityReport, generatedAt = new Date()): string {
  const { article, effort, mqm, flags } = report;
  const maxFound = Math.max(1, ...flags.byCategory.map((r) => r.found), ...flags.byCheck.map((r) => r.found));
  const verdict = mqmVerdict(mqm, flags.openSerious);
  const tone = verdict.tone === "none" ? "" : ` class="${verdict.tone}"`;
  const serious = verdict.openSerious ? ` · <span class="fail">${escapeHtml(verdict.openSerious)}</span>` : "";
  const cards = [
    ["MQM score", `<span${tone}>${escapeHtml(verdict.score)}</span>`, `${escapeHtml(verdict.verdict)} · ${escapeHtml(mqm.preset.label)}${serious}`],
    ["Penalty", num(mqm.penalty, 1), `${num(mqm.wordCount)} words`],
    ["Character edit rate", pct(effort.charEditRate), `${effort.changedParagraphs} of ${effort.paragraphs} paragraphs changed`],
    ["HTER", pct(effort.ter), "word edits and shifts over final words"],
    ["chrF", num(effort.chrf, 1), "machine text against final text"],
    ["Flags", `${flags.total.found} found`, escapeHtml(flagOutcomeNote(flags.total))],
  ]
    .map(([label, value, note]) => `<div class="card">${escapeHtml(label)}<b>${value}</b><small>${note}</small></div>`)
    .join("");
  const flagHead = ["Found", "Fixed", "Dismissed", "Open", "New after edits", ""];
  const n5 = new Set([1, 2, 3, 4, 5]);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(`Quality report — ${article.title}`)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1 lang="${escapeHtml(article.locale)}">${escapeHtml(article.title)}</h1>
<p class="sub">Quality report · ${escapeHtml(article.locale)} · ${report.approved} of ${report.paragraphs.length} paragraphs approved · ${report.excludedParagraphs} excluded as boilerplate · generated ${escapeHtml(generatedAt.toISOString().slice(0, 16).replace("T", " "))} UTC</p>
<div class="cards">${cards}</div>
<h2>MQM errors by category</h2>
${mqm.byCategory.length ? table(["Category", "Errors", "Penalty"], mqm.byCategory.map((c) => [c.category, c.errors, raw(`<td class="n">${num(c.penalty, 1)}</td>`)]), new Set([1, 2])) : "<p>No annotations.</p>"}
<h2>Flags by category</h2>
${table(["Category", ...flagHead], flagRows(flags.byCategory, maxFound), n5)}
<h2>Flags by check</h2>
${table(["Check", ...flagHead], flagRows(flags.byCheck, maxFound), n5)}
<h2>Edit effort per paragraph</h2>
${table(
  ["¶", "Kind", "Status", "Words", "Char edit rate", "HTER", "chrF", "Flags open", "Errors", "Reviewer"],
  report.paragraphs.map((p) => [p.number, p.kind, p.status, p.words, raw(`<td class="n">${pct(p.effort.charEditRate)}</td>`), raw(`<td class="n">${pct(p.effort.ter)}</td>`), raw(`<td class="n">${num(p.effort.chrf, 1)}</td>`), openNow(p.flags), p.annotations, p.reviewer ?? "—"]),
  new Set([0, 3, 4, 5, 6, 7, 8]),
)}
<h2>Reviewers</h2>
${report.reviewers.length ? table(["Reviewer", "Edits", "Approvals", "Dismissals", "Annotations"], report.reviewers.map((r) => [r.name, r.edits, r.approvals, r.dismissals, r.annotations]), new Set([1, 2, 3, 4])) : "<p>Nobody has reviewed this article yet.</p>"}
</main>
</body>
</html>
`;
}
