import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { openPglite } from "@/lib/data/db";
import { prepareInstallation } from "../load/prepare-installation";
import { crashDuringImport, crashDuringSaves } from "./crash-checks";
import { crashServer } from "./server-crash";
import { postgresUrl } from "@/lib/config";

/**
 * `npx tsx scripts/faults/main.ts [--runs 20] [--server postgres://…]`: SIGKILL a writer on the embedded
 * database `runs` times during saves and during imports, then the real server once per database.
 * Prints what was acknowledged and whether anything was lost, half-imported or unopenable.
 */
async function writerKills(runs: number) {
  const tally = { runs, acknowledged: 0, lost: 0, openFailures: 0, halfImports: 0, importKills: 0 };
  for (let run = 1; run <= runs; run++) {
    const dataDir = mkdtempSync(path.join(tmpdir(), "lapidar-faults-"));
    try {
      const opened = await openPglite(path.join(dataDir, "pglite"));
      const { reviewers, articles } = await prepareInstallation(opened.db, { reviewers: 1, articles: 1 });
      await opened.close();
      const saves = await crashDuringSaves(dataDir, { userId: reviewers[0].id, paragraphIds: articles[0].paragraphIds.slice(0, 4), acks: 5 + ((run * 7) % 40) });
      tally.acknowledged += saves.acknowledged;
      tally.lost += saves.lost.length;
      if (saves.openError) tally.openFailures++;
      const imported = await crashDuringImport(dataDir, { title: `Interrompido ${run}`, paragraphs: 3000, userId: reviewers[0].id });
      if (imported.killed) tally.importKills++;
      if (imported.openError) tally.openFailures++;
      tally.halfImports += imported.visible.filter((article) => article.paragraphs < 3000).length;
      console.error(`run ${run}: ${saves.acknowledged} acknowledged, ${saves.lost.length} lost, open ${saves.openError ?? "ok"} / ${imported.openError ?? "ok"}`);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  return tally;
}

const { values } = parseArgs({ options: { runs: { type: "string", default: "20" }, server: { type: "string" } } });
const envServer = postgresUrl();
const serverUrl = values.server ?? envServer;
const writers = await writerKills(Number(values.runs));
const servers = [];
for (const url of [null, ...(serverUrl ? [serverUrl] : [])]) {
  servers.push({ database: url ? "PostgreSQL" : "PGlite", ...(await crashServer(process.cwd(), { serverUrl: url, killAfterMs: 3000 })) });
}
console.log(JSON.stringify({ writers, servers }, null, 2));
const failed = writers.lost + writers.openFailures + writers.halfImports + servers.reduce((n, s) => n + s.lost.length + s.halfImported + (s.restarted ? 0 : 1), 0);
process.exitCode = failed ? 1 : 0;
