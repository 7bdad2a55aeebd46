import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { countRevisionsWithText } from "@/lib/data/paragraphs";
import { randomBytes } from "node:crypto";
import { startAppServer } from "../load/app-server";
import { createLoadDatabase } from "../load/load-database";
import { prepareInstallation } from "../load/prepare-installation";
import { mintSessionCookie } from "../load/session-cookie";

const ROOT = path.resolve(import.meta.dirname, "..", "..");

/** A throwaway PostgreSQL cluster of our own (scripts/pg-temp.sh), which this check stops and starts. */
function startCluster(): { url: string; dir: string } {
  const out = execFileSync("bash", [path.join(ROOT, "scripts/pg-temp.sh"), "start"], { encoding: "utf8" });
  return { dir: out.match(/PG_TEMP_DIR=(\S+)/)![1], url: out.match(/DATABASE_URL=(\S+)/)![1] };
}

function asOwner(command: string, args: string[]) {
  const [file, rest] = process.getuid?.() === 0 ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, args];
  execFileSync(file, rest, { stdio: "ignore" });
}

function pgCtl(dir: string, action: "stop" | "start") {
  // postmaster.opts holds the command line the server was started with: reuse its options.
  const opts = readFileSync(path.join(dir, "data", "postmaster.opts"), "utf8");
  const binary = opts.match(/^(\S+)/)![1];
  const pgctl = path.join(path.dirname(binary), "pg_ctl");
  const options = [...opts.matchAll(/"-c" "([^"]+)"/g)].map((m) => `-c ${m[1]}`).join(" ");
  if (action === "stop") asOwner(pgctl, ["-D", path.join(dir, "data"), "-m", "fast", "-w", "stop"]);
  else asOwner(pgctl, ["-D", path.join(dir, "data"), "-l", path.join(dir, "server.log"), "-w", "-o", options, "start"]);
}

export interface Answer {
  status: number | string;
  body: string;
}

export interface OutageReport {
  before: { page: number; save: number };
  during: { page: Answer; list: Answer; save: Answer };
  after: { page: number; save: number; secondsToRecover: number };
  /** The save attempted while the database was down: must not be stored. */
  outageSaveStored: boolean;
}

async function answer(request: Promise<Response>): Promise<Answer> {
  try {
    const response = await request;
    return { status: response.status, body: (await response.text()).replace(/\s+/g, " ").slice(0, 300) };
  } catch (error) {
    return { status: String(error), body: "" };
  }
}

/** The app on a PostgreSQL server that goes away and comes back: what people see, and whether it resumes. */
export async function databaseOutage(): Promise<OutageReport> {
  const cluster = startCluster();
  try {
    const database = await createLoadDatabase(cluster.url);
    const setup = await database.open();
    const { reviewers, articles } = await prepareInstallation(setup.db, { reviewers: 1, articles: 1 });
    await setup.close();
    const secret = randomBytes(24).toString("base64url");
    const server = await startAppServer({ root: ROOT, dataDir: database.dataDir, secret, databaseUrl: database.databaseUrl, logFile: path.join(database.dataDir, "server.log") });
    const cookie = await mintSessionCookie(reviewers[0], secret);
    const headers = { Cookie: cookie, Origin: server.baseUrl, "Content-Type": "application/json" };
    const paragraphId = articles[0].paragraphIds[0];
    const put = (baseVersion: number, text: string) =>
      fetch(`${server.baseUrl}/api/paragraphs/${paragraphId}`, { method: "PUT", headers, body: JSON.stringify({ baseVersion, text }) });
    try {
      const before = { page: (await fetch(`${server.baseUrl}/articles/${articles[0].id}`, { headers })).status, save: (await put(1, "Antes da falha.")).status };
      pgCtl(cluster.dir, "stop");
      const during = {
        page: await answer(fetch(`${server.baseUrl}/articles/${articles[0].id}`, { headers })),
        list: await answer(fetch(`${server.baseUrl}/`, { headers })),
        save: await answer(put(2, "Durante a falha.")),
      };
      pgCtl(cluster.dir, "start");
      const restarted = Date.now();
      let page = 0;
      while (Date.now() - restarted < 30_000 && page !== 200) {
        page = (await fetch(`${server.baseUrl}/articles/${articles[0].id}`, { headers })).status;
        if (page !== 200) await new Promise((resolve) => setTimeout(resolve, 250));
      }
      const secondsToRecover = (Date.now() - restarted) / 1000;
      const save = (await put(2, "Depois da falha.")).status;
      const check = await database.open();
      const stored = await countRevisionsWithText(check.db, { paragraphId, text: "Durante a falha." });
      await check.close();
      return { before, during, after: { page, save, secondsToRecover }, outageSaveStored: stored > 0 };
    } finally {
      await server.stop("SIGTERM");
      await database.remove();
    }
  } finally {
    execFileSync("bash", [path.join(ROOT, "scripts/pg-temp.sh"), "stop", cluster.dir]);
  }
}

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) console.log(JSON.stringify(await databaseOutage(), null, 2));
