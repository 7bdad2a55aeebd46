export type { ExportArticle, ExportParagraph, RenderOptions } from "./types";
export { cleanArticle, type CleanArticle, type CleanBlock, type CleanHeader } from "./clean-article";
export { exportSummary, type ExportSummary } from "./summary";
export { toMarkdown } from "./to-markdown";
export { toPlainText } from "./to-plain-text";
export { toHtml } from "./to-html";
export { toDocx } from "./to-docx";
export { toReviewCsv, REVIEW_CSV_COLUMNS } from "./to-review-csv";
