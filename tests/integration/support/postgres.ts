import { randomBytes } from "node:crypto";
import pg from "pg";
import { openPostgres, type OpenDatabase } from "@/lib/data/db";

/** The real-server path runs when DATABASE_URL points to a PostgreSQL server (CI starts one). */
export const serverUrl = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? "") ? process.env.DATABASE_URL! : null;

/** A throwaway database on that server, migrated, with its URL; dropped by the returned close(). */
export async function openThrowawayDatabase(url: string): Promise<OpenDatabase & { url: string }> {
  const name = `lapidar_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const opened = await openPostgres(target.toString(), { migrate: true });
  return {
    db: opened.db,
    url: target.toString(),
    async close() {
      await opened.close();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
