/**
 * The export menu's formats and whether each is the clean article (the menu names them from the catalogue);
 * kept apart from the renderers so the browser bundle stays small.
 */
export const ARTICLE_FORMAT_LABELS = {
  md: { cleaned: true },
  txt: { cleaned: true },
  html: { cleaned: true },
  docx: { cleaned: true },
  csv: { cleaned: false },
} as const;

export type ArticleFormatId = keyof typeof ARTICLE_FORMAT_LABELS;
