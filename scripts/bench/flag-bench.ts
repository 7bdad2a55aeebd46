import { execFileSync } from "node:child_process";
import path from "node:path";

export interface FlagBench {
  wordsPerSecond: number;
  ratioToFloor: number;
  slowestArticleMs: number;
  /** Time with a 20,000-entry glossary over time with the default one. */
  largeGlossaryRatio: number;
  lines: string[];
}

/** Runs `npm run bench:flag` (scripts/bench-flag.ts) in its own process and reads its figures. */
export function runFlagBench(root: string): FlagBench {
  const output = execFileSync(process.execPath, ["--import", "tsx", path.join(root, "scripts/bench-flag.ts")], { cwd: root, encoding: "utf8", timeout: 600_000 });
  const lines = output.trim().split("\n");
  const number = (pattern: RegExp) => Number(output.match(pattern)?.[1].replaceAll(",", "") ?? NaN);
  return {
    wordsPerSecond: number(/all \d+ checks: \d+ ms, ([\d,]+) words\/s/),
    ratioToFloor: number(/ratio to the floor: ([\d.]+)x/),
    slowestArticleMs: number(/slowest article: ([\d.]+) ms/),
    largeGlossaryRatio: number(/default glossary: ([\d.]+)x/),
    lines,
  };
}
