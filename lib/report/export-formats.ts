import { downloadFileName } from "@/lib/backup/file-name";
import type { Refusal } from "@/lib/domain/refusal";
import { cleanArticle, exportSummary, toDocx, toHtml, toMarkdown, toPlainText, toReviewCsv, type ExportArticle, type RenderOptions } from "@/lib/export";
import { ARTICLE_FORMAT_LABELS, type ArticleFormatId } from "./format-labels";

export type { ArticleFormatId };

interface ArticleFormat {
  extension: string;
  suffix: string;
  contentType: string;
  render(article: ExportArticle, options: RenderOptions): string | Promise<Buffer>;
}

export const ARTICLE_FORMATS: Record<ArticleFormatId, ArticleFormat> = {
  md: { extension: "md", suffix: "", contentType: "text/markdown; charset=utf-8", render: toMarkdown },
  txt: { extension: "txt", suffix: "", contentType: "text/plain; charset=utf-8", render: toPlainText },
  html: { extension: "html", suffix: "", contentType: "text/html; charset=utf-8", render: toHtml },
  docx: { extension: "docx", suffix: "", contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", render: toDocx },
  csv: { extension: "csv", suffix: "review", contentType: "text/csv; charset=utf-8", render: toReviewCsv },
};

export function isArticleFormat(value: string | null | undefined): value is ArticleFormatId {
  return !!value && Object.hasOwn(ARTICLE_FORMATS, value);
}

export type RenderedExport =
  | { ok: true; body: string | Buffer; fileName: string; contentType: string }
  | { ok: false; notApproved: number; refusal: Refusal };

/**
 * One export of the article. The cleaned formats refuse while kept paragraphs are unapproved unless
 * a draft is asked for, and a draft says so on its first line.
 */
export async function renderArticleExport(article: ExportArticle, format: ArticleFormatId, options: RenderOptions = {}): Promise<RenderedExport> {
  const spec = ARTICLE_FORMATS[format];
  // The cleaned article is held back while paragraphs are unapproved; the review table is a record and is not.
  const { cleaned } = ARTICLE_FORMAT_LABELS[format];
  const { notApproved } = exportSummary(article);
  if (cleaned && notApproved > 0 && !options.draft) {
    return { ok: false, notApproved, refusal: { key: "notApproved", values: { count: notApproved } } };
  }
  const draft = cleaned && notApproved > 0;
  return {
    ok: true,
    body: await spec.render(article, options),
    fileName: downloadFileName(cleanArticle(article).header.title, draft ? "draft" : spec.suffix, spec.extension),
    contentType: spec.contentType,
  };
}
