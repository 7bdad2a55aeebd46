import { loadRun, type LoadRunResult } from "./load-run";

export const LOAD_TABLE_HEADER = [
  "| database | reviewers | seconds | requests/s | page load p50 / p95 / p99 (ms) | save p50 / p95 / p99 (ms) | errors | saves accepted | refused as conflicts | lost or overwritten |",
  "|---|---|---|---|---|---|---|---|---|---|",
];

export function loadTableRows(results: LoadRunResult[]): string[] {
  return results.map(({ database, report: r, verification: v }) => {
    const cells = [
      database,
      r.reviewers,
      r.seconds,
      r.requestsPerSecond,
      `${r.pageLoads.p50} / ${r.pageLoads.p95} / ${r.pageLoads.p99}`,
      `${r.saves.p50} / ${r.saves.p95} / ${r.saves.p99}`,
      `${(r.errorRate * 100).toFixed(2)} %`,
      v.accepted,
      v.conflicts,
      v.lost.length + v.leaked.length + v.wrongCurrent.length,
    ];
    return `| ${cells.join(" | ")} |`;
  });
}

export async function runLoadMatrix(args: { root: string; reviewers: number[]; seconds: number; serverUrl: string | null; log: (line: string) => void }) {
  const results: LoadRunResult[] = [];
  for (const serverUrl of [null, ...(args.serverUrl ? [args.serverUrl] : [])]) {
    for (const reviewers of args.reviewers) {
      args.log(`== ${serverUrl ? "PostgreSQL" : "PGlite"}, ${reviewers} reviewers`);
      results.push(await loadRun({ root: args.root, reviewers, seconds: args.seconds, serverUrl, log: args.log }));
    }
  }
  return results;
}
