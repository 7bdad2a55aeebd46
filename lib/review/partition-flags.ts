import type { Flag } from "@/lib/domain";

export interface DismissalKey {
  paragraphId: number;
  check: string;
  text: string;
}

const key = (paragraphId: number, check: string, text: string) => `${paragraphId}\u0000${check}\u0000${text}`;

/** Splits each paragraph's flags into open ones and those a reviewer dismissed (same check, same text). */
export function partitionFlags(
  paragraphIds: readonly number[],
  flags: readonly Flag[][],
  dismissals: readonly DismissalKey[],
): { open: Record<number, Flag[]>; dismissedCount: Record<number, number> } {
  const dismissed = new Set(dismissals.map((d) => key(d.paragraphId, d.check, d.text)));
  const open: Record<number, Flag[]> = {};
  const dismissedCount: Record<number, number> = {};
  paragraphIds.forEach((id, i) => {
    const all = flags[i] ?? [];
    open[id] = all.filter((flag) => !dismissed.has(key(id, flag.check, flag.text)));
    dismissedCount[id] = all.length - open[id].length;
  });
  return { open, dismissedCount };
}
