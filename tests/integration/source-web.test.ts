import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe } from "vitest";
import { openPglite, type OpenDatabase } from "@/lib/data/db";
import { openThrowawayDatabase, serverUrl } from "./support/postgres";
import { sourceWebSuite } from "./support/source-web-suite";

// The flagger's per-check budget (2 s) is for a server; on a shared test machine the first runs, dictionaries
// loading in the workers, can take longer without anything being wrong.
process.env.LAPIDAR_CHECK_BUDGET_MS ??= "120000";

describe("the original on the web, on PGlite", () => {
  let opened: OpenDatabase;
  beforeAll(async () => {
    opened = await openPglite(new PGlite());
  }, 300_000);
  afterAll(async () => {
    await opened?.close();
  });
  sourceWebSuite(() => opened.db);
});

describe.runIf(serverUrl)("the original on the web, on a PostgreSQL server (DATABASE_URL)", () => {
  let opened: OpenDatabase;
  beforeAll(async () => {
    opened = await openThrowawayDatabase(serverUrl!);
  }, 300_000);
  afterAll(async () => {
    await opened?.close();
  });
  sourceWebSuite(() => opened.db);
});
