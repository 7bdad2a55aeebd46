import type { Category, Locale, ParagraphKind, Severity } from "@/lib/checks/types";
import type { ReviewStatus } from "@/lib/export/types";
import type { MqmSeverity } from "@/lib/metrics/mqm-typology";

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

export interface ReportArticle {
  id: number;
  title: string;
  author: string | null;
  sourceName: string | null;
  sourceUrl: string | null;
  locale: Locale;
}

export interface ReportInput {
  article: ReportArticle;
  paragraphs: ReportParagraph[];
  annotations: ReportAnnotation[];
  reviewers: ReviewerActivity[];
}
