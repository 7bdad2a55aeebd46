import type { MqmReport } from "./build-report";
import type { FlagCounts, FlagSummary } from "./flag-counts";

export interface NumberOptions {
  style?: "decimal" | "percent";
  minimumFractionDigits?: number;
  maximumFractionDigits?: number;
}

/** What wording the report needs from an i18n library: the `report` catalogue and the locale's number format. */
export interface ReportCatalogue {
  t(key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
  number(value: number, options?: NumberOptions): string;
}

/** Catalogue keys cannot hold the typology's spaces and hyphens: "culture-specific reference" → "cultureSpecificReference". */
export function mqmKey(id: string): string {
  return id.replace(/[ -](\w)/g, (_, letter: string) => letter.toUpperCase());
}

/**
 * The report's verdict, flag note, MQM names and figures in the reader's language: one wording for the report
 * page (components/report) and the report file (report-html.ts).
 */
export function reportWording({ t, has, number }: ReportCatalogue) {
  const oneDecimal = (value: number) => number(value, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const pct = (value: number) => number(value, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });

  function openSerious({ critical, major }: FlagSummary["openSerious"]): string | null {
    if (critical > 0 && major > 0) return t("cards.openBoth", { critical, major });
    if (critical > 0) return t("cards.openCritical", { count: critical });
    if (major > 0) return t("cards.openMajor", { count: major });
    return null;
  }

  function verdict(mqm: MqmReport, serious: FlagSummary["openSerious"]) {
    const open = openSerious(serious);
    const threshold = number(mqm.threshold);
    if (!mqm.scored) return { score: t("cards.notScored"), verdict: t("cards.noErrors", { threshold }), tone: "none" as const, openSerious: open };
    return { score: oneDecimal(mqm.score), verdict: t(mqm.passed ? "cards.pass" : "cards.fail", { threshold }), tone: mqm.passed ? ("pass" as const) : ("fail" as const), openSerious: open };
  }

  function flagOutcomes(counts: FlagCounts): string {
    const outcomes = t("cards.flagOutcomes", { fixed: counts.fixed, dismissed: counts.dismissed, open: counts.open });
    return counts.introduced > 0 ? t("cards.flagIntroduced", { outcomes, introduced: counts.introduced, open: counts.introducedOpen }) : outcomes;
  }

  /** An id the typology no longer has (an old annotation) is shown as stored rather than hidden. */
  const mqmName = (group: "categories" | "subtypes" | "severities", id: string) => (has(`mqm.${group}.${mqmKey(id)}`) ? t(`mqm.${group}.${mqmKey(id)}`) : id);

  return { verdict, flagOutcomes, pct, oneDecimal, mqmName };
}
