import { afterAll, beforeAll, describe } from "vitest";
import { openPglite, type OpenDatabase } from "@/lib/data/db";
import { commentsSuite } from "./support/comments-suite";
import { openThrowawayDatabase, serverUrl } from "./support/postgres";

describe("comments on the embedded database", () => {
  let opened: OpenDatabase;
  beforeAll(async () => {
    opened = await openPglite();
  });
  afterAll(async () => {
    await opened?.close();
  });
  commentsSuite(() => opened.db);
});

describe.runIf(serverUrl)("comments on a PostgreSQL server (DATABASE_URL)", () => {
  let opened: OpenDatabase;
  beforeAll(async () => {
    opened = await openThrowawayDatabase(serverUrl!);
  });
  afterAll(async () => {
    await opened?.close();
  });
  commentsSuite(() => opened.db);
});
