import path from "node:path";
import { env } from "./env";

export { env, InvalidEnvironmentError } from "./env";

/** Where Lapidar keeps its embedded database and generated secret. */
export function dataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), env().LAPIDAR_DATA_DIR ?? ".data");
}

export function pgliteDir(): string {
  const configured = env().PGLITE_DIR;
  return configured ? path.resolve(/*turbopackIgnore: true*/ process.cwd(), configured) : path.join(dataDir(), "pglite");
}

/** The PostgreSQL server in DATABASE_URL, or null for the embedded database. */
export function postgresUrl(): string | null {
  return env().DATABASE_URL ?? null;
}

export function maxImportBytes(): number {
  return env().LAPIDAR_MAX_IMPORT_BYTES ?? 5 * 1024 * 1024;
}

export function flaggerConfigPath(): string | null {
  return env().LAPIDAR_FLAGGER_CONFIG ?? null;
}

/** The session secret someone set; lib/auth/secret decides what happens without one. */
export function configuredAuthSecret(): string | null {
  return env().NEXTAUTH_SECRET ?? null;
}

export function demoWanted(): boolean {
  return env().LAPIDAR_DEMO !== "0";
}
