import path from "node:path";
import { parseArgs } from "node:util";
import { postgresUrl } from "@/lib/config";
import { writeSection } from "../bench/doc-section";
import { describeMachine, loadAverage } from "../bench/machine";
import { LOAD_TABLE_HEADER, loadTableRows, runLoadMatrix } from "./load-table";
import { postgresForRun } from "./postgres-server";

/**
 * `npm run load [-- --reviewers 10,50 --seconds 30 --servers 1,2 --server postgres://…]`: a production build must
 * exist (`npx next build`). Runs on the embedded database, and on a PostgreSQL server (DATABASE_URL, --server, or
 * a throwaway cluster started here) with one and with two app servers sharing it. Writes its section of
 * docs/benchmarks.md; exits 1 if any accepted save is missing, any refused one was stored, or the sign-in limit
 * was not shared by the servers.
 */
const ROOT = path.resolve(import.meta.dirname, "..", "..");
const log = (line: string) => console.error(line);

async function main() {
  const { values } = parseArgs({
    options: {
      reviewers: { type: "string", default: "10,50" },
      seconds: { type: "string", default: "30" },
      server: { type: "string" },
      servers: { type: "string", default: "1,2" },
    },
  });
  const startedAt = new Date();
  const loadBefore = loadAverage();
  const postgres = postgresForRun(ROOT, values.server ?? postgresUrl());
  if (!postgres) log("No PostgreSQL server binaries: the load runs use the embedded database only.");
  let results;
  try {
    results = await runLoadMatrix({
      root: ROOT,
      reviewers: values.reviewers.split(",").map(Number),
      seconds: Number(values.seconds),
      serverUrl: postgres?.url ?? null,
      servers: values.servers.split(",").map(Number),
      log,
    });
  } finally {
    postgres?.stop();
  }
  const table = [...LOAD_TABLE_HEADER, ...loadTableRows(results)];
  console.log(table.join("\n"));
  writeSection(
    path.join(ROOT, "docs", "benchmarks.md"),
    "load",
    [
      `## Concurrent reviewers (\`npm run load\`), ${values.seconds} s each`,
      "",
      `Run on ${startedAt.toISOString().slice(0, 16).replace("T", " ")} UTC. Machine: ${describeMachine()}. Load average (1 min) ${loadBefore} at the start and ${loadAverage()} at the end.`,
      "",
      "Each reviewer opens an article page, then reads and saves three paragraphs (half of them among three shared",
      "paragraphs, so saves collide), until the time is up; with two app servers on one PostgreSQL database the",
      "reviewers are spread over both. Latencies in ms. After each run the database is checked against every answer:",
      "an accepted save must be a revision, a refused one must not be stored. With two servers, wrong passwords for",
      "one account then alternate between them until one is refused: the refusal must come as soon as the free",
      "attempts made on both are used up, which only a count shared in PostgreSQL gives. The load generator runs on",
      "the same machine as the servers and the database.",
      "",
      ...table,
    ].join("\n"),
  );
  const broken = results.filter(
    ({ verification: v, signInLimit: probe }) =>
      v.lost.length || v.leaked.length || v.wrongCurrent.length || (probe !== null && (probe.firstRefusal === null || probe.firstRefusal > probe.latestShared)),
  );
  for (const { database, verification, signInLimit } of broken) console.error(database, JSON.stringify({ verification, signInLimit }, null, 2));
  process.exitCode = broken.length ? 1 : 0;
}

await main();
