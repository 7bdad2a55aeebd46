import type { CountedFlag, ReportParagraph } from "./types";

export interface FlagCounts {
  /** Raised by the checks on the machine translation. */
  found: number;
  /** Found on the machine text and no longer raised on the current text (same check, same flagged words). */
  fixed: number;
  /** Still raised on the current text, and a reviewer said it is not an error. */
  dismissed: number;
  /** Still raised on the current text, not dismissed: work left, including anything an edit introduced. */
  open: number;
}

export interface FlagCountRow extends FlagCounts {
  key: string;
}

export interface FlagSummary {
  total: FlagCounts;
  byCategory: FlagCountRow[];
  byCheck: (FlagCountRow & { category: string })[];
  byParagraph: Map<number, FlagCounts>;
}

const empty = (): FlagCounts => ({ found: 0, fixed: 0, dismissed: 0, open: 0 });
const flagKey = (f: { check: string; text: string }) => `${f.check}\u0000${f.text}`;

function add(into: FlagCounts, from: Partial<FlagCounts>) {
  into.found += from.found ?? 0;
  into.fixed += from.fixed ?? 0;
  into.dismissed += from.dismissed ?? 0;
  into.open += from.open ?? 0;
}

/** Found, fixed, dismissed and open flags, for the article, per MQM category, per check and per paragraph. */
export function summariseFlags(paragraphs: readonly ReportParagraph[]): FlagSummary {
  const total = empty();
  const categories = new Map<string, FlagCounts>();
  const checks = new Map<string, FlagCounts & { category: string }>();
  const byParagraph = new Map<number, FlagCounts>();
  const bump = (flag: CountedFlag, counts: Partial<FlagCounts>) => {
    if (!categories.has(flag.category)) categories.set(flag.category, empty());
    if (!checks.has(flag.check)) checks.set(flag.check, { ...empty(), category: flag.category });
    add(categories.get(flag.category)!, counts);
    add(checks.get(flag.check)!, counts);
    add(total, counts);
  };
  for (const p of paragraphs) {
    const here = empty();
    const dismissed = new Set(p.dismissals.map(flagKey));
    // Multiset of what is still raised, so two identical garbles with one fixed count one fix.
    const remaining = new Map<string, number>();
    for (const flag of p.currentFlags) {
      remaining.set(flagKey(flag), (remaining.get(flagKey(flag)) ?? 0) + 1);
      const counts = dismissed.has(flagKey(flag)) ? { dismissed: 1 } : { open: 1 };
      bump(flag, counts);
      add(here, counts);
    }
    for (const flag of p.machineFlags) {
      const left = remaining.get(flagKey(flag)) ?? 0;
      const counts = left > 0 ? { found: 1 } : { found: 1, fixed: 1 };
      if (left > 0) remaining.set(flagKey(flag), left - 1);
      bump(flag, counts);
      add(here, counts);
    }
    byParagraph.set(p.id, here);
  }
  const rows = <T extends FlagCounts>(map: Map<string, T>) =>
    [...map].map(([key, counts]) => ({ key, ...counts })).sort((a, b) => b.found + b.open - (a.found + a.open) || a.key.localeCompare(b.key));
  return { total, byCategory: rows(categories), byCheck: rows(checks), byParagraph };
}
