import { randomBytes } from "node:crypto";
import path from "node:path";
import { startAppServer } from "./app-server";
import { createLoadDatabase } from "./load-database";
import { LOAD_PASSWORD, prepareInstallation } from "./prepare-installation";
import { runLoad, type LoadReport } from "./run-load";
import { mintSessionCookie, signInWithPassword } from "./session-cookie";
import { verifySaves, type SaveVerification } from "./verify-saves";

export interface LoadRunOptions {
  /** The checkout with a production build. */
  root: string;
  reviewers: number;
  seconds: number;
  /** A PostgreSQL server to create a throwaway database on; null for the embedded database. */
  serverUrl: string | null;
  hotParagraphs?: number;
  log?: (line: string) => void;
}

export interface LoadRunResult {
  database: "PGlite" | "PostgreSQL";
  report: Omit<LoadReport, "outcomes">;
  verification: SaveVerification;
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
    log(`starting the server (${options.serverUrl ? "PostgreSQL" : "PGlite"})…`);
    const server = await startAppServer({
      root: options.root,
      dataDir: database.dataDir,
      secret,
      databaseUrl: database.databaseUrl,
      logFile: path.join(database.dataDir, "server.log"),
    });
    let report: LoadReport;
    try {
      await signInWithPassword(server.baseUrl, installation.reviewers[0].email, LOAD_PASSWORD);
      const clients = await Promise.all(
        installation.reviewers.map(async (user) => ({ userId: user.id, cookie: await mintSessionCookie(user, secret) })),
      );
      // The first request of each page compiles nothing in production but loads the flagger's dictionaries.
      for (const article of installation.articles) await fetch(`${server.baseUrl}/articles/${article.id}`, { headers: { Cookie: clients[0].cookie } });
      log(`${clients.length} reviewers for ${options.seconds} s…`);
      report = await runLoad({
        baseUrl: server.baseUrl,
        clients,
        articles: installation.articles,
        durationMs: options.seconds * 1000,
        hotParagraphs: options.hotParagraphs ?? 3,
      });
    } finally {
      await server.stop("SIGTERM");
    }

    const check = await database.open();
    try {
      const verification = await verifySaves(check.db, report.outcomes);
      const { outcomes: _outcomes, ...summary } = report;
      return { database: options.serverUrl ? "PostgreSQL" : "PGlite", report: summary, verification };
    } finally {
      await check.close();
    }
  } finally {
    await database.remove();
  }
}
