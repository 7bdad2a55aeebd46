import { useFormatter, useTranslations } from "next-intl";
import type { MqmReport } from "@/lib/report/build-report";
import type { FlagCounts, FlagSummary } from "@/lib/report/flag-counts";

/**
 * The report page's verdict and flag note in the reader's language. The report file keeps its own
 * wording (lib/report/verdict.ts): it is a document sent on, not the interface.
 */
export function useReportWording() {
  const t = useTranslations("report.cards");
  const format = useFormatter();
  const oneDecimal = (value: number) => format.number(value, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const pct = (value: number) => format.number(value, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });

  function openSerious({ critical, major }: FlagSummary["openSerious"]): string | null {
    if (critical > 0 && major > 0) return t("openBoth", { critical, major });
    if (critical > 0) return t("openCritical", { count: critical });
    if (major > 0) return t("openMajor", { count: major });
    return null;
  }

  function verdict(mqm: MqmReport, serious: FlagSummary["openSerious"]) {
    const open = openSerious(serious);
    const threshold = format.number(mqm.threshold);
    if (!mqm.scored) return { score: t("notScored"), verdict: t("noErrors", { threshold }), tone: "none" as const, openSerious: open };
    return { score: oneDecimal(mqm.score), verdict: t(mqm.passed ? "pass" : "fail", { threshold }), tone: mqm.passed ? ("pass" as const) : ("fail" as const), openSerious: open };
  }

  function flagOutcomes(counts: FlagCounts): string {
    const outcomes = t("flagOutcomes", { fixed: counts.fixed, dismissed: counts.dismissed, open: counts.open });
    return counts.introduced > 0 ? t("flagIntroduced", { outcomes, introduced: counts.introduced, open: counts.introducedOpen }) : outcomes;
  }

  return { verdict, flagOutcomes, pct, oneDecimal };
}
