import { articleEditEffort, editEffort, type ArticleEditEffort, type EditEffort } from "@/lib/metrics/edit-effort";
import { errorWeight, isMqmCategory, MQM_PRESETS, mqmScore, type MqmError, type MqmPreset, type MqmPresetId, type MqmScore } from "@/lib/metrics/mqm";
import { countWords } from "@/lib/metrics/words";
import { paragraphNumber } from "@/lib/review/paragraph-number";
import { summariseFlags, type FlagCounts, type FlagSummary } from "./flag-counts";
import type { ReportArticle, ReportInput, ReportParagraph, ReviewerActivity } from "./types";

export interface ParagraphReport {
  id: number;
  /** Numbered from 1, as the review table and the article page show it. */
  number: number;
  kind: ReportParagraph["kind"];
  status: ReportParagraph["status"];
  reviewer: string | null;
  words: number;
  effort: EditEffort;
  flags: FlagCounts;
  annotations: number;
  penalty: number;
}

export interface MqmReport extends MqmScore {
  /** False while no error on published text is annotated: a score of 100 would then only say nobody looked. */
  scored: boolean;
  preset: { id: string; label: string };
  byCategory: { category: string; errors: number; penalty: number }[];
}

export interface QualityReport {
  article: ReportArticle;
  /** Paragraphs measured: everything but boilerplate, which is not published. */
  paragraphs: ParagraphReport[];
  excludedParagraphs: number;
  approved: number;
  effort: ArticleEditEffort;
  flags: Omit<FlagSummary, "byParagraph">;
  mqm: MqmReport;
  reviewers: ReviewerActivity[];
}

export interface ReportOptions {
  preset?: MqmPresetId;
  /** Pass mark on the 0..100 score; the preset's own when absent. */
  threshold?: number;
}

/**
 * The quality record of one article: how much the machine text had to change (edit effort), what
 * the checks found and what became of it, and the MQM score of the reviewers' annotations over the
 * words of the final text.
 */
export function buildReport(input: ReportInput, options: ReportOptions = {}): QualityReport {
  const measured = [...input.paragraphs].filter((p) => p.kind !== "boilerplate").sort((a, b) => a.position - b.position);
  const measuredIds = new Set(measured.map((p) => p.id));
  const preset: MqmPreset = MQM_PRESETS[options.preset ?? "default"];
  const errors = input.annotations.filter((a) => measuredIds.has(a.paragraphId) && isMqmCategory(a.category)).map((a) => ({ ...a, category: a.category as MqmError["category"] }));
  const flagSummary = summariseFlags(measured);
  const words = new Map(measured.map((p) => [p.id, countWords(p.currentText)]));
  const totalWords = [...words.values()].reduce((a, b) => a + b, 0);

  const paragraphs = measured.map((p): ParagraphReport => {
    const own = errors.filter((e) => e.paragraphId === p.id);
    return {
      id: p.id,
      number: paragraphNumber(p.position),
      kind: p.kind,
      status: p.status,
      reviewer: p.reviewer,
      words: words.get(p.id)!,
      effort: editEffort(p.machineText, p.currentText),
      flags: flagSummary.byParagraph.get(p.id)!,
      annotations: own.length,
      penalty: own.reduce((sum, e) => sum + errorWeight(e, preset), 0),
    };
  });

  const byCategory = new Map<string, { errors: number; penalty: number }>();
  for (const e of errors) {
    const row = byCategory.get(e.category) ?? { errors: 0, penalty: 0 };
    row.errors++;
    row.penalty += errorWeight(e, preset);
    byCategory.set(e.category, row);
  }
  const { byParagraph: _, ...flags } = flagSummary;
  return {
    article: input.article,
    paragraphs,
    excludedParagraphs: input.paragraphs.length - measured.length,
    approved: measured.filter((p) => p.status === "approved").length,
    effort: articleEditEffort(measured.map((p) => ({ machineText: p.machineText, finalText: p.currentText }))),
    flags,
    mqm: {
      ...mqmScore(errors, totalWords, preset, options.threshold ?? preset.passThreshold),
      scored: errors.length > 0,
      preset: { id: preset.id, label: preset.label },
      byCategory: [...byCategory].map(([category, row]) => ({ category, ...row })).sort((a, b) => b.penalty - a.penalty || a.category.localeCompare(b.category)),
    },
    reviewers: [...input.reviewers].sort((a, b) => b.edits + b.approvals - (a.edits + a.approvals) || a.name.localeCompare(b.name)),
  };
}
