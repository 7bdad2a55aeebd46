import type { ArticleMeta, ParagraphKind, ReviewStatus } from "@/lib/domain";

export interface ExportParagraph {
  position: number;
  kind: ParagraphKind;
  machineText: string;
  /** The final (current) text. */
  text: string;
  status: ReviewStatus;
  excluded?: boolean;
  reviewer?: string | null;
  flagsOpen?: number;
  flagsDismissed?: number;
}

export interface ExportArticle extends ArticleMeta {
  paragraphs: ExportParagraph[];
}

export interface RenderOptions {
  /** Render even though some paragraphs are not approved, marked as a draft. */
  draft?: boolean;
}
