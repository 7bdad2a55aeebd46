import { spawn } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";

export type WorkerEvent = { type: string } & Record<string, unknown>;

export interface KilledWorker {
  events: WorkerEvent[];
  /** False when the worker finished (or failed) before the kill condition was met. */
  killed: boolean;
  stderr: string;
}

const ROOT = path.resolve(import.meta.dirname, "..", "..");

/**
 * Runs a worker script under tsx and SIGKILLs it — no exit handlers, no flush, as a crash or the
 * OOM killer would — as soon as `killAfter` accepts the events seen so far. Bounded by timeoutMs.
 */
export async function runAndKill(
  script: string,
  args: string[],
  env: Record<string, string>,
  killAfter: (events: WorkerEvent[]) => boolean,
  timeoutMs = 60_000,
): Promise<KilledWorker> {
  // `node --import tsx`, not the tsx command: that one runs the script in a child process, which a
  // SIGKILL to the command would leave running.
  const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, script), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const events: WorkerEvent[] = [];
  let stderr = "";
  let killed = false;
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  for await (const line of createInterface({ input: child.stdout })) {
    if (!line.startsWith("{")) continue;
    events.push(JSON.parse(line) as WorkerEvent);
    if (!killed && killAfter(events)) {
      killed = child.kill("SIGKILL");
      break;
    }
  }
  await exited;
  clearTimeout(timer);
  return { events, killed, stderr };
}
