import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { startAppServer, type AppServer } from "./app-server";
import { createLoadDatabase } from "./load-database";
import { LOAD_PASSWORD, prepareInstallation } from "./prepare-installation";
import { runLoad, type LoadReport } from "./run-load";
import { mintSessionCookie, signInWithPassword } from "./session-cookie";
import { probeSignInLimit, type SignInLimitProbe } from "./sign-in-limit";
import { verifySaves, type SaveVerification } from "./verify-saves";

export interface LoadRunOptions {
  /** The checkout with a production build. */
  root: string;
  reviewers: number;
  seconds: number;
  /** A PostgreSQL server to create a throwaway database on; null for the embedded database. */
  serverUrl: string | null;
  hotParagraphs?: number;
  /** App servers on the one database (more than one needs a PostgreSQL server); reviewers are spread over them. */
  servers?: number;
  log?: (line: string) => void;
}

export interface LoadRunResult {
  database: "PGlite" | "PostgreSQL";
  report: Omit<LoadReport, "outcomes">;
  verification: SaveVerification;
  /** With several servers: whether the sign-in limit counted the attempts made on all of them. */
  signInLimit: SignInLimitProbe | null;
}

/** Fresh database, N reviewers on a real server for a bounded time, then the database checked against every answer. */
export async function loadRun(options: LoadRunOptions): Promise<LoadRunResult> {
  const log = options.log ?? (() => {});
  const database = await createLoadDatabase(options.serverUrl);
  try {
    const setup = await database.open();
    const installation = await prepareInstallation(setup.db, { reviewers: options.reviewers, articles: 2 });
    await setup.close();

    const secret = randomBytes(24).toString("base64url");
    const count = options.servers ?? 1;
    if (count > 1 && !options.serverUrl) throw new Error("Several app servers need a PostgreSQL server: the embedded database serves one process.");
    const servers: AppServer[] = [];
    let report: LoadReport;
    let signInLimit: SignInLimitProbe | null = null;
    try {
      for (let i = 0; i < count; i++) {
        log(`starting server ${i + 1} of ${count} (${options.serverUrl ? "PostgreSQL" : "PGlite"})…`);
        // The embedded database lives in the data directory; servers on PostgreSQL each get their own directory.
        const dataDir = count === 1 ? database.dataDir : path.join(database.dataDir, `server-${i + 1}`);
        mkdirSync(dataDir, { recursive: true });
        servers.push(await startAppServer({ root: options.root, dataDir, secret, databaseUrl: database.databaseUrl, logFile: path.join(database.dataDir, `server-${i + 1}.log`) }));
      }
      const urls = servers.map((s) => s.baseUrl);
      for (const url of urls) await signInWithPassword(url, installation.reviewers[0].email, LOAD_PASSWORD);
      const clients = await Promise.all(
        installation.reviewers.map(async (user, i) => ({ userId: user.id, cookie: await mintSessionCookie(user, secret), baseUrl: urls[i % urls.length] })),
      );
      // The first request of each page compiles nothing in production but loads the flagger's dictionaries.
      for (const url of urls) for (const article of installation.articles) await fetch(`${url}/articles/${article.id}`, { headers: { Cookie: clients[0].cookie } });
      log(`${clients.length} reviewers on ${count} server(s) for ${options.seconds} s…`);
      report = await runLoad({
        clients,
        articles: installation.articles,
        durationMs: options.seconds * 1000,
        hotParagraphs: options.hotParagraphs ?? 3,
      });
      if (count > 1) signInLimit = await probeSignInLimit(urls, installation.reviewers[installation.reviewers.length - 1].email);
    } finally {
      await Promise.all(servers.map((s) => s.stop("SIGTERM")));
    }

    const check = await database.open();
    try {
      const verification = await verifySaves(check.db, report.outcomes);
      const { outcomes: _outcomes, ...summary } = report;
      return { database: options.serverUrl ? "PostgreSQL" : "PGlite", report: summary, verification, signInLimit };
    } finally {
      await check.close();
    }
  } finally {
    await database.remove();
  }
}
