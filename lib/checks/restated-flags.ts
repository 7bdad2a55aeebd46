import type { Flag } from "@/lib/domain";
import type { Check } from "./types";

interface Cover {
  starts: number[];
  /** The furthest end among the covering flags up to each position: a flag starting at or after a cover's start and ending before this is inside one. */
  reach: number[];
}

/** Which checks each check's flags restate, read once per article rather than once per paragraph. */
export type Restatements = ReadonlyMap<string, readonly string[]>;

export function restatementsOf(checks: readonly Check[]): Restatements {
  return new Map(checks.flatMap((c) => (c.restates?.length ? [[c.id, c.restates] as const] : [])));
}

/**
 * A paragraph's flags without those that another check's flag around them already says (`Check.restates`).
 * Sorted covers and a binary search, so thousands of spelling flags in a long foreign passage stay cheap.
 */
export function withoutRestated(flags: Flag[], restatesOf: Restatements): Flag[] {
  if (restatesOf.size === 0) return flags;
  const restatedBy = new Map<string, Flag[]>();
  for (const flag of flags) {
    for (const id of restatesOf.get(flag.check) ?? []) {
      let list = restatedBy.get(id);
      if (!list) restatedBy.set(id, (list = []));
      list.push(flag);
    }
  }
  if (restatedBy.size === 0) return flags;
  const covers = new Map<string, Cover>();
  for (const [id, list] of restatedBy) {
    list.sort((a, b) => a.start - b.start);
    const reach: number[] = [];
    list.forEach((flag, i) => reach.push(Math.max(flag.end, i > 0 ? reach[i - 1] : -1)));
    covers.set(id, { starts: list.map((f) => f.start), reach });
  }
  return flags.filter((flag) => {
    const cover = covers.get(flag.check);
    if (!cover) return true;
    const last = lastAtOrBefore(cover.starts, flag.start);
    return last < 0 || cover.reach[last] < flag.end;
  });
}

function lastAtOrBefore(sorted: number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (sorted[middle] <= value) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}
