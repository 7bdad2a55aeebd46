import { countWords } from "@/lib/metrics/words";
import type { DiffPart } from "./word-diff";

export interface DiffStats {
  wordsInserted: number;
  wordsDeleted: number;
  charsInserted: number;
  charsDeleted: number;
  /** Places where the text changed: a replacement counts once. */
  changes: number;
}

export function diffStats(parts: DiffPart[]): DiffStats {
  const stats: DiffStats = { wordsInserted: 0, wordsDeleted: 0, charsInserted: 0, charsDeleted: 0, changes: 0 };
  parts.forEach((p, i) => {
    if (p.op === "insert") {
      stats.wordsInserted += countWords(p.text);
      stats.charsInserted += p.text.length;
      if (parts[i - 1]?.op !== "delete") stats.changes++;
    } else if (p.op === "delete") {
      stats.wordsDeleted += countWords(p.text);
      stats.charsDeleted += p.text.length;
      stats.changes++;
    }
  });
  return stats;
}
