import type { MqmReport } from "./build-report";
import type { FlagCounts, FlagSummary } from "./flag-counts";

export interface MqmVerdict {
  /** The figure on the score card: the score, or "not scored yet". */
  score: string;
  /** Pass, fail, or why there is no verdict, with the pass mark. */
  verdict: string;
  tone: "pass" | "fail" | "none";
  /** Open major and critical flags, said beside the verdict so a pass cannot hide them; null when none. */
  openSerious: string | null;
}

/** The MQM verdict in the report file; the page says it in the reader's language (components/report/use-report-wording.ts). */
export function mqmVerdict(mqm: MqmReport, openSerious: FlagSummary["openSerious"]): MqmVerdict {
  const serious = [
    openSerious.critical > 0 ? `${openSerious.critical} critical` : null,
    openSerious.major > 0 ? `${openSerious.major} major` : null,
  ].filter(Boolean);
  const open = serious.length > 0 ? `${serious.join(" and ")} flag${openSerious.critical + openSerious.major === 1 ? "" : "s"} still open` : null;
  if (!mqm.scored) return { score: "not scored yet", verdict: `No errors annotated · threshold ${mqm.threshold}`, tone: "none", openSerious: open };
  return { score: mqm.score.toFixed(1), verdict: `${mqm.passed ? "Pass" : "Fail"} · threshold ${mqm.threshold}`, tone: mqm.passed ? "pass" : "fail", openSerious: open };
}

/** The flags card's note: what became of the flags found (they add up), then those edits introduced. */
export function flagOutcomeNote(counts: FlagCounts): string {
  const found = `${counts.fixed} fixed · ${counts.dismissed} dismissed · ${counts.open} open`;
  return counts.introduced > 0 ? `${found}; ${counts.introduced} new after edits (${counts.introducedOpen} open)` : found;
}
