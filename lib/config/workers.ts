import { availableParallelism } from "node:os";
import { parseEnv } from "./env";

export interface WorkerSettings {
  LAPIDAR_FLAG_WORKERS: number;
  LAPIDAR_CHECK_BUDGET_MS: number;
  LAPIDAR_IMPORT_BUDGET_MS: number;
  LAPIDAR_WORKER_MEMORY_MB: number;
}

/**
 * The flagging pool's settings, validated by the environment schema (lib/config/env.ts), which says what each
 * variable means: a typo in a number is an error at start-up, not a silent default.
 */
export function workerSettings(source: Record<string, string | undefined> = process.env): WorkerSettings {
  const env = parseEnv(source);
  return {
    LAPIDAR_FLAG_WORKERS: env.LAPIDAR_FLAG_WORKERS ?? Math.max(1, Math.min(2, availableParallelism())),
    LAPIDAR_CHECK_BUDGET_MS: env.LAPIDAR_CHECK_BUDGET_MS ?? 2_000,
    LAPIDAR_IMPORT_BUDGET_MS: env.LAPIDAR_IMPORT_BUDGET_MS ?? 30_000,
    LAPIDAR_WORKER_MEMORY_MB: env.LAPIDAR_WORKER_MEMORY_MB ?? 1_024,
  };
}
