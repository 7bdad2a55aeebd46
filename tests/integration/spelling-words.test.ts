import { afterAll, beforeAll, describe } from "vitest";
import { openPglite, type OpenDatabase } from "@/lib/data/db";
import { openThrowawayDatabase, serverUrl } from "./support/postgres";
import { spellingWordsSuite } from "./support/spelling-words-suite";

describe("ignored words and the dictionary on PGlite", () => {
  let opened: OpenDatabase;
  beforeAll(async () => {
    opened = await openPglite();
  });
  afterAll(async () => {
    await opened?.close();
  });
  spellingWordsSuite(() => opened.db);
});

describe.runIf(serverUrl)("ignored words and the dictionary on a PostgreSQL server (DATABASE_URL)", () => {
  let opened: OpenDatabase;
  beforeAll(async () => {
    opened = await openThrowawayDatabase(serverUrl!);
  });
  afterAll(async () => {
    await opened?.close();
  });
  spellingWordsSuite(() => opened.db);
});
