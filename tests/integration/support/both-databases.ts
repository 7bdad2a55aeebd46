import { afterAll, beforeAll, describe } from "vitest";
import { openPglite, type Db, type OpenDatabase } from "@/lib/data/db";
import { openThrowawayDatabase, serverUrl } from "./postgres";

/** One suite on a fresh embedded database, and again on a throwaway database of the PostgreSQL server when DATABASE_URL names one. */
export function onBothDatabases(subject: string, suite: (db: () => Db) => void): void {
  const on = (open: () => Promise<OpenDatabase>) => {
    let opened: OpenDatabase;
    beforeAll(async () => {
      opened = await open();
    }, 300_000);
    afterAll(async () => {
      await opened?.close();
    });
    suite(() => opened.db);
  };
  describe(`${subject}, on PGlite`, () => on(() => openPglite()));
  describe.runIf(serverUrl)(`${subject}, on a PostgreSQL server (DATABASE_URL)`, () => on(() => openThrowawayDatabase(serverUrl!)));
}
