import type { MqmSeverity } from "@/lib/metrics/mqm-typology";
import type { ArticleMeta, Category, ParagraphKind, ReviewStatus, Severity } from "@/lib/domain";

/** The part of a flag the report counts; the flagger's full flags fit. */
export interface CountedFlag {
  check: string;
  category: Category;
  severity: Severity;
  text: string;
}

export interface ReportParagraph {
  id: number;
  position: number;
  kind: ParagraphKind;
  machineText: string;
  currentText: string;
  status: ReviewStatus;
  reviewer: string | null;
  /** What the checks raise on the machine text and on the current text. */
  machineFlags: CountedFlag[];
  currentFlags: CountedFlag[];
  dismissals: { check: string; text: string }[];
}

export interface ReportAnnotation {
  paragraphId: number;
  category: string;
  subtype: string | null;
  severity: MqmSeverity;
}

export interface ReviewerActivity {
  name: string;
  edits: number;
  approvals: number;
  dismissals: number;
  annotations: number;
}

export interface ReportArticle extends ArticleMeta {
  id: number;
}

export interface ReportInput {
  article: ReportArticle;
  paragraphs: ReportParagraph[];
  annotations: ReportAnnotation[];
  reviewers: ReviewerActivity[];
}
