import { downloadFileName } from "@/lib/backup/file-name";
import { exportSummary, toDocx, toHtml, toMarkdown, toPlainText, toReviewCsv, type ExportArticle, type RenderOptions } from "@/lib/export";

interface ArticleFormat {
  label: string;
  extension: string;
  suffix: string;
  contentType: string;
  /** The cleaned article, held back while paragraphs are unapproved; the review table is a record and is not. */
  cleaned: boolean;
  render(article: ExportArticle, options: RenderOptions): string | Promise<Buffer>;
}

export const ARTICLE_FORMATS = {
  md: { label: "Markdown", extension: "md", suffix: "", contentType: "text/markdown; charset=utf-8", cleaned: true, render: toMarkdown },
  txt: { label: "Plain text", extension: "txt", suffix: "", contentType: "text/plain; charset=utf-8", cleaned: true, render: toPlainText },
  html: { label: "HTML page", extension: "html", suffix: "", contentType: "text/html; charset=utf-8", cleaned: true, render: toHtml },
  docx: {
    label: "Word (DOCX)",
    extension: "docx",
    suffix: "",
    contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    cleaned: true,
    render: toDocx,
  },
  csv: { label: "Review table (CSV)", extension: "csv", suffix: "review", contentType: "text/csv; charset=utf-8", cleaned: false, render: toReviewCsv },
} as const satisfies Record<string, ArticleFormat>;

export type ArticleFormatId = keyof typeof ARTICLE_FORMATS;

export function isArticleFormat(value: string | null | undefined): value is ArticleFormatId {
  return !!value && Object.hasOwn(ARTICLE_FORMATS, value);
}

export type RenderedExport =
  | { ok: true; body: string | Buffer; fileName: string; contentType: string }
  | { ok: false; notApproved: number; message: string };

/**
 * One export of the article. The cleaned formats refuse while kept paragraphs are unapproved unless
 * a draft is asked for, and a draft says so on its first line.
 */
export async function renderArticleExport(article: ExportArticle, format: ArticleFormatId, options: RenderOptions = {}): Promise<RenderedExport> {
  const spec: ArticleFormat = ARTICLE_FORMATS[format];
  const { notApproved } = exportSummary(article);
  if (spec.cleaned && notApproved > 0 && !options.draft) {
    const paragraphs = notApproved === 1 ? "1 paragraph is" : `${notApproved} paragraphs are`;
    return { ok: false, notApproved, message: `${paragraphs} not approved yet. Approve them, or export a draft marked as such.` };
  }
  const draft = spec.cleaned && notApproved > 0;
  return {
    ok: true,
    body: await spec.render(article, options),
    fileName: downloadFileName(article.title, draft ? "draft" : spec.suffix, spec.extension),
    contentType: spec.contentType,
  };
}
