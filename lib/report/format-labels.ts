/** What the export menu shows; kept apart from the renderers so the browser bundle stays small. */
export const ARTICLE_FORMAT_LABELS = {
  md: { label: "Markdown", cleaned: true },
  txt: { label: "Plain text", cleaned: true },
  html: { label: "HTML page", cleaned: true },
  docx: { label: "Word (DOCX)", cleaned: true },
  csv: { label: "Review table (CSV)", cleaned: false },
} as const;

export type ArticleFormatId = keyof typeof ARTICLE_FORMAT_LABELS;
