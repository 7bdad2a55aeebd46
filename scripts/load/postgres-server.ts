import { execFileSync } from "node:child_process";
import path from "node:path";

export interface PostgresForRun {
  url: string;
  stop: () => void;
}

/**
 * The PostgreSQL server a benchmark runs against: the one configured, else a throwaway cluster from this machine's
 * server binaries (scripts/pg-temp.sh), else null (the benchmark runs on the embedded database only).
 */
export function postgresForRun(root: string, configured: string | null): PostgresForRun | null {
  if (configured) return { url: configured, stop: () => {} };
  const script = path.join(root, "scripts/pg-temp.sh");
  try {
    const out = execFileSync("bash", [script, "start"], { encoding: "utf8" });
    const dir = out.match(/PG_TEMP_DIR=(\S+)/)![1];
    return { url: out.match(/DATABASE_URL=(\S+)/)![1], stop: () => execFileSync("bash", [script, "stop", dir]) };
  } catch {
    return null;
  }
}
