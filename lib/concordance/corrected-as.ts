import { wordDiff, type DiffPart } from "@/lib/diff/word-diff";
import type { Occurrence } from "./phrase";

/** What the current text has where the machine text had the phrase. */
export interface Correction {
  /** The current text's words in that place; "" when the reviewer deleted the phrase. */
  text: string;
  changed: boolean;
  currentStart: number;
  currentEnd: number;
}

function partAt(parts: DiffPart[], offset: number, edge: "start" | "end"): number {
  return parts.findIndex((p) => p.op !== "insert" && (edge === "start" ? offset >= p.beforeStart && offset < p.beforeEnd : offset > p.beforeStart && offset <= p.beforeEnd));
}

/**
 * Follows the phrase through the word diff from the machine text to the current one. A deleted stretch
 * takes the insertions beside it with it: "necessidade justa" → "necessidade real" reads as one correction.
 */
export function correctedAs(machine: string, current: string, occurrence: Occurrence, parts: DiffPart[] = wordDiff(machine, current)): Correction {
  const first = partAt(parts, occurrence.start, "start");
  const last = partAt(parts, occurrence.end, "end");
  if (first < 0 || last < 0) return { text: "", changed: true, currentStart: 0, currentEnd: 0 };
  let from = first;
  let to = last;
  if (parts[from].op === "delete") while (from > 0 && parts[from - 1].op === "insert") from--;
  if (parts[to].op === "delete") while (to + 1 < parts.length && parts[to + 1].op === "insert") to++;
  const startPart = parts[first];
  const endPart = parts[last];
  let currentStart = startPart.op === "equal" ? startPart.afterStart + (occurrence.start - startPart.beforeStart) : parts[from].afterStart;
  let currentEnd = endPart.op === "equal" ? endPart.afterStart + (occurrence.end - endPart.beforeStart) : parts[to].afterEnd;
  while (currentStart < currentEnd && /\s/.test(current[currentStart])) currentStart++;
  while (currentEnd > currentStart && /\s/.test(current[currentEnd - 1])) currentEnd--;
  const changed = parts.slice(from, to + 1).some((p) => p.op !== "equal");
  return { text: current.slice(currentStart, currentEnd), changed, currentStart, currentEnd };
}
