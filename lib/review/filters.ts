import type { Category, Flag, ReviewStatus, Severity } from "@/lib/domain";

export interface ReviewFilters {
  categories: Category[];
  severities: Severity[];
  checks: string[];
  statuses: ReviewStatus[];
  /** Only paragraphs with at least one open flag that passes the flag filters. */
  onlyFlagged: boolean;
  /** Only paragraphs whose current text differs from the machine text ("all changes"). */
  onlyChanged: boolean;
}

export const NO_FILTERS: ReviewFilters = { categories: [], severities: [], checks: [], statuses: [], onlyFlagged: false, onlyChanged: false };

export function hasFlagFilters(filters: ReviewFilters): boolean {
  return filters.categories.length + filters.severities.length + filters.checks.length > 0;
}

export function flagMatches(flag: Flag, filters: ReviewFilters): boolean {
  return (
    (filters.categories.length === 0 || filters.categories.includes(flag.category)) &&
    (filters.severities.length === 0 || filters.severities.includes(flag.severity)) &&
    (filters.checks.length === 0 || filters.checks.includes(flag.check))
  );
}

interface FilterableParagraph {
  id: number;
  status: ReviewStatus;
  machineText: string;
  currentText: string;
}

/** The paragraphs the list shows, in order. */
export function visibleParagraphs<P extends FilterableParagraph>(paragraphs: readonly P[], flags: Record<number, Flag[]>, filters: ReviewFilters): P[] {
  const flagFiltered = hasFlagFilters(filters) || filters.onlyFlagged;
  return paragraphs.filter((p) => {
    if (filters.statuses.length > 0 && !filters.statuses.includes(p.status)) return false;
    if (filters.onlyChanged && p.currentText === p.machineText) return false;
    if (flagFiltered && !(flags[p.id] ?? []).some((flag) => flagMatches(flag, filters))) return false;
    return true;
  });
}

export interface FlagCounts {
  total: number;
  byCategory: Partial<Record<Category, number>>;
  bySeverity: Partial<Record<Severity, number>>;
  byCheck: Record<string, number>;
}

export function countFlags(flags: Record<number, Flag[]>): FlagCounts {
  const counts: FlagCounts = { total: 0, byCategory: {}, bySeverity: {}, byCheck: {} };
  for (const list of Object.values(flags)) {
    for (const flag of list) {
      counts.total++;
      counts.byCategory[flag.category] = (counts.byCategory[flag.category] ?? 0) + 1;
      counts.bySeverity[flag.severity] = (counts.bySeverity[flag.severity] ?? 0) + 1;
      counts.byCheck[flag.check] = (counts.byCheck[flag.check] ?? 0) + 1;
    }
  }
  return counts;
}

export function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}
