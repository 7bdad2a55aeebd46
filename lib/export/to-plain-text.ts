import { cleanArticle } from "./clean-article";
import { draftBanner } from "./draft-banner";
import { headerFields } from "./header-lines";
import type { ExportArticle, RenderOptions } from "./types";

/** Title, header lines, then one block per paragraph separated by blank lines; nothing is escaped. */
export function toPlainText(article: ExportArticle, options: RenderOptions = {}): string {
  const { header, blocks } = cleanArticle(article);
  const out: string[] = [];
  const banner = draftBanner(article, options);
  if (banner) out.push(banner);
  out.push(header.title);
  const fields = headerFields(header).map(({ label, value, url }) =>
    url && url !== value ? `${label}: ${value} (${url})` : `${label}: ${value}`,
  );
  out.push([...fields, ...header.extra].join("\n"));
  for (const block of blocks) out.push(block.text);
  return `${out.join("\n\n")}\n`;
}
