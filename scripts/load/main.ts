import { parseArgs } from "node:util";
import { LOAD_TABLE_HEADER, loadTableRows, runLoadMatrix } from "./load-table";
import { postgresUrl } from "@/lib/config";

/**
 * `npm run load [-- --reviewers 10,50 --seconds 30 --server postgres://…]`: a production build must
 * exist (`npx next build`). Runs on the embedded database, and also on the server when one is given
 * (or DATABASE_URL names one). Exits 1 if any accepted save is missing or any refused one was stored.
 */
async function main() {
  const { values } = parseArgs({
    options: { reviewers: { type: "string", default: "10,50" }, seconds: { type: "string", default: "30" }, server: { type: "string" } },
  });
  const envServer = postgresUrl();
  const results = await runLoadMatrix({
    root: process.cwd(),
    reviewers: values.reviewers.split(",").map(Number),
    seconds: Number(values.seconds),
    serverUrl: values.server ?? envServer,
    log: (line) => console.error(line),
  });
  console.log([...LOAD_TABLE_HEADER, ...loadTableRows(results)].join("\n"));
  const broken = results.filter(({ verification: v }) => v.lost.length || v.leaked.length || v.wrongCurrent.length);
  for (const { database, verification } of broken) console.error(database, JSON.stringify(verification, null, 2));
  process.exitCode = broken.length ? 1 : 0;
}

await main();
