import type { CountedFlag, ReportParagraph } from "./types";

/** What became of the flags: those found on the machine text add up, and those edits brought are counted apart. */
export interface FlagCounts {
  /** Raised by the checks on the machine translation: found = fixed + dismissed + open. */
  found: number;
  /** Found, and no longer raised on the current text (same check, same flagged words). */
  fixed: number;
  /** Found, still raised, and a reviewer said it is not an error. */
  dismissed: number;
  /** Found, still raised, not dismissed. */
  open: number;
  /** Raised on the current text only: an edit brought them. */
  introduced: number;
  /** Of those, not dismissed. */
  introducedOpen: number;
}

export interface FlagCountRow extends FlagCounts {
  key: string;
}

export interface FlagSummary {
  total: FlagCounts;
  byCategory: FlagCountRow[];
  byCheck: (FlagCountRow & { category: string })[];
  byParagraph: Map<number, FlagCounts>;
  /** Open flags on the current text, old or introduced, that a reviewer would not publish with. */
  openSerious: { major: number; critical: number };
}

const empty = (): FlagCounts => ({ found: 0, fixed: 0, dismissed: 0, open: 0, introduced: 0, introducedOpen: 0 });
const flagKey = (f: { check: string; text: string }) => `${f.check}\u0000${f.text}`;

function add(into: FlagCounts, from: Partial<FlagCounts>) {
  for (const key of Object.keys(from) as (keyof FlagCounts)[]) into[key] += from[key] ?? 0;
}

/** Every flag still open now, found on the machine text or introduced since. */
export function openNow(counts: FlagCounts): number {
  return counts.open + counts.introducedOpen;
}

/** Every flag a reviewer dismissed, found on the machine text or introduced since. */
export function dismissedNow(counts: FlagCounts): number {
  return counts.dismissed + counts.introduced - counts.introducedOpen;
}

/** The outcome of each flag of one paragraph, matched between machine and current text as a multiset. */
function outcomes(p: ReportParagraph): [CountedFlag, Partial<FlagCounts>, boolean][] {
  const dismissed = new Set(p.dismissals.map(flagKey));
  // Identical garbles are matched one to one, so two found and one fixed count one fix.
  const unmatched = new Map<string, number>();
  for (const flag of p.machineFlags) unmatched.set(flagKey(flag), (unmatched.get(flagKey(flag)) ?? 0) + 1);
  const still = new Map<string, number>();
  const result: [CountedFlag, Partial<FlagCounts>, boolean][] = [];
  for (const flag of p.currentFlags) {
    const key = flagKey(flag);
    const isDismissed = dismissed.has(key);
    const left = unmatched.get(key) ?? 0;
    if (left > 0) {
      unmatched.set(key, left - 1);
      still.set(key, (still.get(key) ?? 0) + 1);
      result.push([flag, isDismissed ? { found: 1, dismissed: 1 } : { found: 1, open: 1 }, !isDismissed]);
    } else {
      result.push([flag, isDismissed ? { introduced: 1 } : { introduced: 1, introducedOpen: 1 }, !isDismissed]);
    }
  }
  for (const flag of p.machineFlags) {
    const key = flagKey(flag);
    const kept = still.get(key) ?? 0;
    if (kept > 0) still.set(key, kept - 1);
    else result.push([flag, { found: 1, fixed: 1 }, false]);
  }
  return result;
}

/** Found, fixed, dismissed, open and introduced flags, for the article, per MQM category, per check and per paragraph. */
export function summariseFlags(paragraphs: readonly ReportParagraph[]): FlagSummary {
  const total = empty();
  const categories = new Map<string, FlagCounts>();
  const checks = new Map<string, FlagCounts & { category: string }>();
  const byParagraph = new Map<number, FlagCounts>();
  const openSerious = { major: 0, critical: 0 };
  for (const p of paragraphs) {
    const here = empty();
    for (const [flag, counts, open] of outcomes(p)) {
      if (!categories.has(flag.category)) categories.set(flag.category, empty());
      if (!checks.has(flag.check)) checks.set(flag.check, { ...empty(), category: flag.category });
      for (const into of [categories.get(flag.category)!, checks.get(flag.check)!, total, here]) add(into, counts);
      if (open && (flag.severity === "major" || flag.severity === "critical")) openSerious[flag.severity]++;
    }
    byParagraph.set(p.id, here);
  }
  const rows = <T extends FlagCounts>(map: Map<string, T>) =>
    [...map].map(([key, counts]) => ({ key, ...counts })).sort((a, b) => b.found + openNow(b) - (a.found + openNow(a)) || a.key.localeCompare(b.key));
  return { total, byCategory: rows(categories), byCheck: rows(checks), byParagraph, openSerious };
}
