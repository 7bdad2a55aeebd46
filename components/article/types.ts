import type { ArticleWithParagraphs } from "@/lib/data/articles";
import type { ParagraphView } from "@/lib/data/paragraphs";

export type WorkspaceArticle = ArticleWithParagraphs;
export type WorkspaceParagraph = ParagraphView;
