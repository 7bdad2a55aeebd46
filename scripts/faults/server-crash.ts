import { randomBytes } from "node:crypto";
import path from "node:path";
import { listArticlesTitled } from "@/lib/data/articles";
import { startAppServer, type AppServer } from "../load/app-server";
import { createLoadDatabase } from "../load/load-database";
import { prepareInstallation } from "../load/prepare-installation";
import type { SaveOutcome } from "../load/run-load";
import { mintSessionCookie } from "../load/session-cookie";
import { verifySaves } from "../load/verify-saves";

export interface ServerCrash {
  acknowledged: number;
  lost: string[];
  /** Whether the restarted server answered its pages after the kill. */
  restarted: boolean;
  importBatchesBeforeKill: number;
  halfImported: number;
}

const IMPORT_TITLE = "Artigo interrompido pela queda do servidor";
const IMPORT_PARAGRAPHS = 3000;

async function saveUntilKilled(server: AppServer, cookie: string, userId: number, paragraphIds: number[], killAfterMs: number) {
  const acked: SaveOutcome[] = [];
  const headers = { Cookie: cookie, Origin: server.baseUrl, "Content-Type": "application/json" };
  const killer = setTimeout(() => server.process.kill("SIGKILL"), killAfterMs);
  await Promise.all(
    paragraphIds.map(async (paragraphId, worker) => {
      for (let seq = 1; seq < 10_000; seq++) {
        try {
          const current = (await (await fetch(`${server.baseUrl}/api/paragraphs/${paragraphId}`, { headers })).json()) as { version: number; machineText: string };
          const text = `${current.machineText} [crash w${worker} #${seq}]`;
          const response = await fetch(`${server.baseUrl}/api/paragraphs/${paragraphId}`, { method: "PUT", headers, body: JSON.stringify({ baseVersion: current.version, text }) });
          if (response.status !== 200) continue;
          const { paragraph } = (await response.json()) as { paragraph: { version: number } };
          acked.push({ kind: "accepted", paragraphId, userId, version: paragraph.version, text });
        } catch {
          return; // The server is gone.
        }
      }
    }),
  );
  clearTimeout(killer);
  await server.stop("SIGKILL");
  return acked;
}

async function importUntilKilled(server: AppServer, cookie: string, paragraphs: number): Promise<number> {
  const form = new FormData();
  form.set("locale", "pt-PT");
  form.set("title", IMPORT_TITLE);
  form.set("text", [IMPORT_TITLE, ...Array.from({ length: paragraphs }, (_, i) => `Parágrafo ${i + 1} de um artigo grande.`)].join("\n\n"));
  let batches = 0;
  try {
    const response = await fetch(`${server.baseUrl}/api/import`, { method: "POST", headers: { Cookie: cookie, Origin: server.baseUrl }, body: form });
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    for (let buffered = ""; ; ) {
      const { value, done } = await reader.read();
      if (done) break;
      buffered += value;
      if (buffered.includes('"stage":"saving"')) {
        batches++;
        server.process.kill("SIGKILL");
        break;
      }
    }
  } catch {
    // The connection dies with the server.
  }
  await server.stop("SIGKILL");
  return batches;
}

/**
 * The real server, SIGKILLed in the middle of a stream of saves and again in the middle of a large
 * import; restarted each time; then the database is checked against every acknowledged save.
 */
export async function crashServer(root: string, options: { serverUrl: string | null; killAfterMs: number }): Promise<ServerCrash> {
  const database = await createLoadDatabase(options.serverUrl);
  try {
    const setup = await database.open();
    const { reviewers, articles } = await prepareInstallation(setup.db, { reviewers: 1, articles: 1 });
    await setup.close();
    const secret = randomBytes(24).toString("base64url");
    const start = () =>
      startAppServer({ root, dataDir: database.dataDir, secret, databaseUrl: database.databaseUrl, logFile: path.join(database.dataDir, "server.log") });
    const cookie = await mintSessionCookie(reviewers[0], secret);

    const acked = await saveUntilKilled(await start(), cookie, reviewers[0].id, articles[0].paragraphIds.slice(0, 4), options.killAfterMs);
    const batches = await importUntilKilled(await start(), cookie, IMPORT_PARAGRAPHS);

    const restartedServer = await start();
    const page = await fetch(`${restartedServer.baseUrl}/articles/${articles[0].id}`, { headers: { Cookie: cookie } });
    await restartedServer.stop("SIGTERM");

    const check = await database.open();
    try {
      const verification = await verifySaves(check.db, acked);
      // Killed after the first of several batches: a visible article with fewer paragraphs is half an import.
      const visible = await listArticlesTitled(check.db, { title: IMPORT_TITLE });
      const half = visible.filter((article) => article.paragraphs < IMPORT_PARAGRAPHS).length;
      return { acknowledged: acked.length, lost: verification.lost, restarted: page.status === 200, importBatchesBeforeKill: batches, halfImported: half };
    } finally {
      await check.close();
    }
  } finally {
    await database.remove();
  }
}
