import { cleanArticle } from "./clean-article";
import { draftBanner } from "./draft-banner";
import { escapeHtml } from "./escape-html";
import { LABELS } from "./labels";
import { headerFields } from "./header-lines";
import type { ExportArticle, RenderOptions } from "./types";

const STYLE = `
body { margin: 0; background: #fafaf9; color: #1c1917; font: 18px/1.65 Georgia, "Times New Roman", serif; }
main { max-width: 42rem; margin: 0 auto; padding: 3rem 1.25rem 5rem; }
h1 { font-size: 2rem; line-height: 1.25; margin: 0 0 1rem; }
h2 { font-size: 1.35rem; line-height: 1.3; margin: 2.25rem 0 0.75rem; }
p { margin: 0 0 1.1rem; white-space: pre-line; }
.meta { font: 15px/1.5 system-ui, sans-serif; color: #57534e; border-bottom: 1px solid #d6d3d1; padding-bottom: 1rem; margin-bottom: 2rem; }
.meta dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 0.75rem; margin: 0; }
.meta dt { font-weight: 600; }
.meta dd { margin: 0; }
.meta a { color: inherit; }
.draft { font: 600 15px/1.4 system-ui, sans-serif; background: #fef3c7; color: #78350f; border: 2px solid #b45309; padding: 0.6rem 0.9rem; margin-bottom: 1.5rem; }
@media print { body { background: #fff; } .draft { border-style: dashed; } }
`;

/** A standalone page: inline CSS, no scripts, no external assets; every piece of text escaped. */
export function toHtml(article: ExportArticle, options: RenderOptions = {}): string {
  const { header, blocks } = cleanArticle(article);
  const banner = draftBanner(article, options);
  const fields = headerFields(header)
    .map(({ label, value, url }) => {
      const shown = url && /^https?:\/\//i.test(url) ? `<a href="${escapeHtml(url)}" rel="noreferrer">${escapeHtml(value)}</a>` : escapeHtml(value);
      return `<dt>${escapeHtml(label)}</dt><dd>${shown}</dd>`;
    })
    .join("");
  const extra = header.extra.map((line) => `<p>${escapeHtml(line)}</p>`).join("");
  const body = blocks
    .map((b) => (b.kind === "heading" ? `<h2>${escapeHtml(b.text)}</h2>` : `<p>${escapeHtml(b.text)}</p>`))
    .join("\n");
  return `<!doctype html>
<html lang="${escapeHtml(header.locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(banner ? LABELS.draftTitle(header.title) : header.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<article>
<header>
${banner ? `<div class="draft" role="note">${escapeHtml(banner)}</div>\n` : ""}<h1>${escapeHtml(header.title)}</h1>
<div class="meta"><dl>${fields}</dl>${extra}</div>
</header>
${body}
</article>
</main>
</body>
</html>
`;
}
