import type { ArticleWithParagraphs } from "@/lib/data/articles";
import type { ParagraphView } from "@/lib/data/paragraphs";

export type WorkspaceArticle = ArticleWithParagraphs;
export type WorkspaceParagraph = ParagraphView;

/** One open editor: the version and text it started from (a save based on an older version is merged). */
export interface EditSession {
  paragraphId: number;
  baseVersion: number;
  /** The paragraph's text when the editor opened: a draft that differs from it is unsaved work. */
  baseText: string;
  /** What the editor opens with: the base text, a kept draft or a merge to finish by hand. */
  startText: string;
}
