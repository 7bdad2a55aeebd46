import type { Locale, ParagraphKind } from "@/lib/checks/types";

export type ReviewStatus = "pending" | "edited" | "approved";

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

export interface ExportArticle {
  title: string;
  author: string | null;
  sourceName: string | null;
  sourceUrl: string | null;
  locale: Locale;
  paragraphs: ExportParagraph[];
}

export interface RenderOptions {
  /** Render even though some paragraphs are not approved, marked as a draft. */
  draft?: boolean;
}
