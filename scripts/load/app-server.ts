import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

export interface AppServer {
  baseUrl: string;
  process: ChildProcess;
  /** SIGTERM (a clean stop) or SIGKILL (a crash); resolves when the process has exited. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export interface AppServerOptions {
  /** The checkout whose production build (`.next`) is served. */
  root: string;
  dataDir: string;
  secret: string;
  /** A postgres:// URL, or empty for the embedded database in dataDir. */
  databaseUrl?: string;
  logFile?: string;
  port?: number;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilUp(baseUrl: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited with code ${child.exitCode} before answering.`);
    try {
      const response = await fetch(`${baseUrl}/login`, { redirect: "manual" });
      if (response.status < 500) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The server did not answer on ${baseUrl} within ${timeoutMs} ms.`);
}

/** `next start` on loopback with its own data directory, as an installation runs it. */
export async function startAppServer(options: AppServerOptions): Promise<AppServer> {
  const port = options.port ?? (await freePort());
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(path.join(options.root, "node_modules/.bin/next"), ["start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: options.root,
    env: {
      ...process.env,
      LAPIDAR_DATA_DIR: options.dataDir,
      PGLITE_DIR: "",
      DATABASE_URL: options.databaseUrl ?? "",
      NEXTAUTH_SECRET: options.secret,
      NEXTAUTH_URL: baseUrl,
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const log = createWriteStream(options.logFile ?? "/dev/null", { flags: "a" });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async (signal: NodeJS.Signals = "SIGTERM") => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  try {
    await waitUntilUp(baseUrl, child, 90_000);
  } catch (error) {
    await stop("SIGKILL");
    throw error;
  }
  return { baseUrl, process: child, stop };
}
