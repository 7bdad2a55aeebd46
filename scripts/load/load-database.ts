import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { openPglite, openPostgres, type OpenDatabase } from "@/lib/data/db";

export interface LoadDatabase {
  /** Empty for the embedded database, else the throwaway database's URL. */
  databaseUrl: string;
  dataDir: string;
  open(): Promise<OpenDatabase>;
  remove(): Promise<void>;
}

/**
 * A fresh database for one run: an embedded one in a temporary data directory, or a throwaway
 * database created (and later dropped) on the PostgreSQL server the given URL points to.
 */
export async function createLoadDatabase(serverUrl: string | null): Promise<LoadDatabase> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "lapidar-load-"));
  if (!serverUrl) {
    return {
      databaseUrl: "",
      dataDir,
      open: () => openPglite(path.join(dataDir, "pglite")),
      remove: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const name = `lapidar_load_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const target = new URL(serverUrl);
  target.pathname = `/${name}`;
  return {
    databaseUrl: target.toString(),
    dataDir,
    open: () => openPostgres(target.toString(), { migrate: true }),
    async remove() {
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
