import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { chromium, type Page } from "@playwright/test";
import { startAppServer, type AppServer } from "../load/app-server";
import { createLoadDatabase } from "../load/load-database";
import { summariseLatencies } from "../load/percentiles";
import { postgresForRun } from "../load/postgres-server";
import { prepareInstallation } from "../load/prepare-installation";
import { mintSessionCookie, SESSION_COOKIE } from "../load/session-cookie";
import { writeSection } from "./doc-section";
import { describeMachine, loadAverage } from "./machine";
import { postgresUrl } from "@/lib/config";

/**
 * `npx tsx scripts/bench/live-delay.ts [--write]`: how long after one reviewer's save another reviewer's open
 * page shows the new text, without a reload. Reviewer A saves in one browser context (the save action, as the
 * page sends it); the clock stops when reviewer B's page, in another context, has the text in its DOM. On
 * the embedded database both use one app server (PGlite is one process); on PostgreSQL (DATABASE_URL, or a
 * throwaway cluster started here) A and B are on two app servers, so the change crosses LISTEN/NOTIFY.
 * Needs a production build. --write puts the table into its section of docs/benchmarks.md.
 */
const ROOT = path.resolve(import.meta.dirname, "..", "..");
const RUNS = 20;
const log = (line: string) => console.error(line);

function actionId(exportedName: string): string {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, ".next/server/server-reference-manifest.json"), "utf8")) as { node: Record<string, { exportedName: string }> };
  const id = Object.keys(manifest.node).find((key) => manifest.node[key].exportedName === exportedName);
  if (!id) throw new Error(`No server action ${exportedName} in the build.`);
  return id;
}

interface Row {
  database: string;
  servers: number;
  delay: ReturnType<typeof summariseLatencies>;
  save: ReturnType<typeof summariseLatencies>;
  max: number;
}

async function openArticle(page: Page, url: string) {
  await page.goto(url);
  await page.locator('[data-testid="current-text"]').first().waitFor();
  // The stream is open once the page says live updates are arriving.
  await page.waitForFunction(() => document.querySelector('[data-testid="live-status"][data-connected="true"]') !== null);
}

async function measure(serverUrl: string | null): Promise<Row> {
  const database = await createLoadDatabase(serverUrl);
  const servers: AppServer[] = [];
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
  try {
    const setup = await database.open();
    const { reviewers, articles } = await prepareInstallation(setup.db, { reviewers: 2, articles: 1 });
    await setup.close();
    const secret = randomBytes(24).toString("base64url");
    const count = serverUrl ? 2 : 1;
    for (let i = 0; i < count; i++) {
      servers.push(await startAppServer({ root: ROOT, dataDir: database.dataDir, secret, databaseUrl: database.databaseUrl, logFile: path.join(database.dataDir, `server-${i}.log`) }));
    }
    const [serverA, serverB] = [servers[0], servers[servers.length - 1]];
    const article = articles[0];
    const pages: Page[] = [];
    for (const [i, server] of [serverA, serverB].entries()) {
      const context = await browser.newContext();
      const cookie = await mintSessionCookie(reviewers[i], secret);
      await context.addCookies([{ name: SESSION_COOKIE, value: cookie.split("=")[1], url: server.baseUrl }]);
      const page = await context.newPage();
      await openArticle(page, `${server.baseUrl}/articles/${article.id}`);
      pages.push(page);
    }
    const [a, b] = pages;
    const save = actionId("saveParagraph");
    const cookieA = await mintSessionCookie(reviewers[0], secret);
    const delays: number[] = [];
    const saves: number[] = [];
    for (let run = 0; run < RUNS + 2; run++) {
      // The first paragraphs: the windowed list keeps them in B's DOM.
      const paragraphId = article.paragraphIds[run % 3];
      const current = (await (await fetch(`${serverA.baseUrl}/api/paragraphs/${paragraphId}`, { headers: { Cookie: cookieA } })).json()) as { version: number; currentText: string };
      const marker = `(medição ${run} ${randomBytes(3).toString("hex")})`;
      const text = `${current.currentText.replace(/ \(medição [^)]*\)$/, "")} ${marker}`;
      const seen = b.waitForFunction((m) => [...document.querySelectorAll('[data-testid="current-text"]')].some((e) => e.textContent?.includes(m)), marker, { polling: "raf", timeout: 15_000 });
      const started = performance.now();
      const saveMs = await a.evaluate(
        async ({ action, body }) => {
          const t0 = performance.now();
          const response = await fetch(location.pathname, { method: "POST", headers: { "Next-Action": action, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" }, body });
          const answer = await response.text();
          if (!answer.includes('"ok":true')) throw new Error(`save refused: ${answer.slice(0, 200)}`);
          return performance.now() - t0;
        },
        { action: save, body: JSON.stringify([{ paragraphId, baseVersion: current.version, text }]) },
      );
      await seen;
      const delay = performance.now() - started;
      if (run >= 2) {
        delays.push(delay);
        saves.push(saveMs);
      }
    }
    return { database: serverUrl ? "PostgreSQL" : "PGlite", servers: count, delay: summariseLatencies(delays), save: summariseLatencies(saves), max: Math.max(...delays) };
  } finally {
    await browser.close();
    for (const server of servers) await server.stop("SIGTERM");
    await database.remove();
  }
}

const rows: Row[] = [];
log("Live-update delay on the embedded database…");
rows.push(await measure(null));
const postgres = postgresForRun(ROOT, postgresUrl());
if (postgres) {
  try {
    log("Live-update delay across two app servers on PostgreSQL…");
    rows.push(await measure(postgres.url));
  } finally {
    postgres.stop();
  }
} else log("No PostgreSQL server binaries: measured on the embedded database only.");

const fmt = (n: number) => n.toFixed(0);
const table = [
  `## Live updates (\`npx tsx scripts/bench/live-delay.ts\`)`,
  "",
  `From the start of reviewer A's save (in one browser context) until reviewer B's open page (another context) shows the new text, without a reload; ${RUNS} saves each, after 2 warm-up saves. Goal: within 2 s.`,
  "",
  "| database | app servers | delay p50 / p95 / max (ms) | of which the save itself, p50 / p95 (ms) | verdict |",
  "|---|---|---|---|---|",
  ...rows.map((r) => `| ${r.database} | ${r.servers} | ${fmt(r.delay.p50)} / ${fmt(r.delay.p95)} / ${fmt(r.max)} | ${fmt(r.save.p50)} / ${fmt(r.save.p95)} | ${r.max < 2000 ? "met" : "missed"} |`),
  "",
  `Measured on ${new Date().toISOString().slice(0, 16).replace("T", " at ")} UTC (load average ${loadAverage()}). Machine: ${describeMachine()}.`,
].join("\n");
console.log(table);

if (process.argv.includes("--write")) {
  const file = path.join(ROOT, "docs/benchmarks.md");
  writeSection(file, "live-delay", table);
  log(`Wrote the live-update section of ${file}`);
}
