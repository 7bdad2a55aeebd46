import { availableParallelism } from "node:os";
import { z } from "zod";

const positive = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const schema = z.object({
  LAPIDAR_FLAG_WORKERS: positive(Math.max(1, Math.min(2, availableParallelism()))),
  /** How long one check may take on one paragraph before it is stopped and reported. */
  LAPIDAR_CHECK_BUDGET_MS: positive(2_000),
  /** How long reading one uploaded file may take. */
  LAPIDAR_IMPORT_BUDGET_MS: positive(30_000),
  /** The old-generation heap of each worker: a check or a file that needs more is stopped, not the server. */
  LAPIDAR_WORKER_MEMORY_MB: positive(1_024),
});

export type WorkerSettings = z.infer<typeof schema>;

/** The flagging pool's settings, validated once: a typo in a number is an error at start-up, not a silent default. */
export function workerSettings(env: NodeJS.ProcessEnv = process.env): WorkerSettings {
  const parsed = schema.safeParse({
    LAPIDAR_FLAG_WORKERS: env.LAPIDAR_FLAG_WORKERS || undefined,
    LAPIDAR_CHECK_BUDGET_MS: env.LAPIDAR_CHECK_BUDGET_MS || undefined,
    LAPIDAR_IMPORT_BUDGET_MS: env.LAPIDAR_IMPORT_BUDGET_MS || undefined,
    LAPIDAR_WORKER_MEMORY_MB: env.LAPIDAR_WORKER_MEMORY_MB || undefined,
  });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new Error(`Invalid worker settings (${problems}); each must be a positive whole number.`);
  }
  return parsed.data;
}
