import { openConfiguredDatabase } from "@/lib/data/db";
import type { Db } from "@/lib/data/db";

/** Opens the configured database for one command and always closes it (releasing the PGlite lock). */
export async function withDatabase<T>(work: (db: Db) => Promise<T>, options: { migrate?: boolean } = {}): Promise<T> {
  const opened = await openConfiguredDatabase(options);
  try {
    return await work(opened.db);
  } finally {
    await opened.close();
  }
}
