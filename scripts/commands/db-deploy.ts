import { postgresUrl, pgliteDir } from "@/lib/config";
import type { CommandIo } from "./io";
import { withDatabase } from "./with-database";

/** Applies pending migrations to DATABASE_URL's server, or to the embedded database. */
export async function dbDeployCommand(_argv: string[], io: CommandIo): Promise<number> {
  await withDatabase(async () => undefined, { migrate: true });
  io.stdout.write(`Migrations applied to ${postgresUrl() ? "the PostgreSQL server in DATABASE_URL" : pgliteDir()}.\n`);
  return 0;
}
