import { cleanArticle } from "./clean-article";
import { draftBanner } from "./draft-banner";
import { headerFields } from "./header-lines";
import type { ExportArticle, RenderOptions } from "./types";

/** CommonMark: headings as "##", the header as a list under the title, every block separated by a blank line. */
export function toMarkdown(article: ExportArticle, options: RenderOptions = {}): string {
  const { header, blocks } = cleanArticle(article);
  const out: string[] = [`# ${escapeMarkdown(header.title)}`];
  const banner = draftBanner(article, options);
  if (banner) out.push(`> **${escapeMarkdown(banner)}**`);
  const fields = headerFields(header).map(({ label, value, url }) => {
    const shown = escapeMarkdown(value);
    const linked = url && isWebUrl(url) ? `[${shown}](<${url.replace(/[<>\s]/g, encodeURIComponent)}>)` : shown;
    return `- ${label}: ${linked}`;
  });
  out.push([...fields, ...header.extra.map((line) => `- ${escapeMarkdown(line)}`)].join("\n"));
  for (const block of blocks) {
    out.push(block.kind === "heading" ? `## ${escapeMarkdown(block.text)}` : escapeMarkdown(block.text));
  }
  return `${out.join("\n\n")}\n`;
}

/**
 * Makes text literal: inline markup characters are backslash-escaped everywhere, and a line that
 * would open a block (heading, list, quote, numbered item) is escaped at its start.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]{}<>|~!]/g, "\\$&")
    .replace(/&(?=[#a-zA-Z0-9]+;)/g, "\\&")
    .split("\n")
    .map((line) =>
      line
        .replace(/^(\s*)([#>+=-])/, "$1\\$2")
        .replace(/^(\s*\d+)([.)])(?=\s|$)/, "$1\\$2"),
    )
    // A line break inside a paragraph is kept as a hard break rather than folded into a space.
    .join("\\\n");
}

function isWebUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}
