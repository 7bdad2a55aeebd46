import { z } from "zod";

// An empty variable is how a shell or a test unsets one (`DATABASE_URL= npm start`): it means "not set".
const unsetIfEmpty = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(unsetIfEmpty, schema.optional());
const positiveWhole = (what: string) => z.coerce.number({ error: `must be ${what}` }).int(`must be ${what}`).positive(`must be ${what}`);

/**
 * Every environment variable Lapidar reads, and what a valid value is. Next.js's own (NODE_ENV, NEXT_RUNTIME,
 * NEXT_PHASE) are set by the framework, not by whoever runs Lapidar, and are read where they are needed.
 */
export const envSchema = z.object({
  /** A PostgreSQL server; unset, Lapidar uses the embedded database (PGlite) in the data folder. */
  DATABASE_URL: optional(
    z
      .string()
      .trim()
      .regex(/^postgres(ql)?:\/\/\S+$/, "must be a postgres:// or postgresql:// URL, or unset for the embedded database"),
  ),
  /** Signs sessions; required with DATABASE_URL (every app server on one database must share it). */
  NEXTAUTH_SECRET: optional(z.string().min(16, "must be at least 16 characters (for example: openssl rand -base64 32)")),
  /** The address people open Lapidar at, behind a proxy. */
  NEXTAUTH_URL: optional(z.url({ protocol: /^https?$/, error: "must be an http:// or https:// address" })),
  /** Where the embedded database and the generated secret live (default .data). */
  LAPIDAR_DATA_DIR: optional(z.string()),
  /** The embedded database alone (default <data folder>/pglite). */
  PGLITE_DIR: optional(z.string()),
  LAPIDAR_MAX_IMPORT_BYTES: optional(positiveWhole("a positive whole number of bytes")),
  /** A JSON file that turns checks on or off and sets severities and options. */
  LAPIDAR_FLAGGER_CONFIG: optional(z.string()),
  /** 0: the first start on the embedded database creates no demo account and article. */
  LAPIDAR_DEMO: optional(z.enum(["0", "1"], "must be 0 or 1")),
  LAPIDAR_FLAG_WORKERS: optional(positiveWhole("a positive whole number")),
  /** How long one check may take on one paragraph before it is stopped and reported. */
  LAPIDAR_CHECK_BUDGET_MS: optional(positiveWhole("a positive whole number of milliseconds")),
  /** How long reading one uploaded file may take. */
  LAPIDAR_IMPORT_BUDGET_MS: optional(positiveWhole("a positive whole number of milliseconds")),
  /** The old-generation heap of each worker: a check or a file that needs more is stopped, not the server. */
  LAPIDAR_WORKER_MEMORY_MB: optional(positiveWhole("a positive whole number of megabytes")),
  /** The port `npm start` serves on. */
  PORT: optional(z.coerce.number({ error: "must be a port number" }).int().min(1).max(65535, "must be a port number (1–65535)")),
});

export type Env = z.infer<typeof envSchema>;

export class InvalidEnvironmentError extends Error {}

/** Parses the variables, naming every bad one with what it must be; nothing falls back silently to a default. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = envSchema.safeParse(source);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")} ${issue.message} (it is ${JSON.stringify(source[String(issue.path[0])])})`);
  throw new InvalidEnvironmentError(`Lapidar cannot start: some environment variables are not valid.\n${problems.join("\n")}`);
}

/** The environment as it is now; tests and scripts change process.env, so it is read on each call (a few microseconds). */
export function env(): Env {
  return parseEnv(process.env);
}
