import { availableParallelism } from "node:os";
import { loadRun, type LoadRunResult } from "./load-run";

export const LOAD_TABLE_HEADER = [
  "| database | app servers | reviewers | seconds | requests/s | requests/s per core | page load p50 / p95 / p99 (ms) | save p50 / p95 / p99 (ms) | errors | saves accepted | refused as conflicts | lost or overwritten | sign-in limit across servers |",
  "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
];

function signInCell({ signInLimit: probe }: LoadRunResult): string {
  if (!probe) return "–";
  return probe.firstRefusal !== null && probe.firstRefusal <= probe.latestShared ? `held (refused at attempt ${probe.firstRefusal})` : "NOT shared";
}

export function loadTableRows(results: LoadRunResult[]): string[] {
  const cores = availableParallelism();
  return results.map((result) => {
    const { database, report: r, verification: v } = result;
    const cells = [
      database,
      r.servers,
      r.reviewers,
      r.seconds,
      r.requestsPerSecond,
      Math.round((r.requestsPerSecond / cores) * 10) / 10,
      `${r.pageLoads.p50} / ${r.pageLoads.p95} / ${r.pageLoads.p99}`,
      `${r.saves.p50} / ${r.saves.p95} / ${r.saves.p99}`,
      `${(r.errorRate * 100).toFixed(2)} %`,
      v.accepted,
      v.conflicts,
      v.lost.length + v.leaked.length + v.wrongCurrent.length,
      signInCell(result),
    ];
    return `| ${cells.join(" | ")} |`;
  });
}

/** The embedded database on one server; with a PostgreSQL server, each count of app servers on it too. */
export async function runLoadMatrix(args: { root: string; reviewers: number[]; seconds: number; serverUrl: string | null; servers: number[]; log: (line: string) => void }) {
  const results: LoadRunResult[] = [];
  const setups: { serverUrl: string | null; servers: number }[] = [{ serverUrl: null, servers: 1 }, ...(args.serverUrl ? args.servers.map((servers) => ({ serverUrl: args.serverUrl, servers })) : [])];
  for (const { serverUrl, servers } of setups) {
    for (const reviewers of args.reviewers) {
      args.log(`== ${serverUrl ? "PostgreSQL" : "PGlite"}, ${servers} app server(s), ${reviewers} reviewers`);
      results.push(await loadRun({ root: args.root, reviewers, seconds: args.seconds, serverUrl, servers, log: args.log }));
    }
  }
  return results;
}
