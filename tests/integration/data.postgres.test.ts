import { afterAll, beforeAll, describe } from "vitest";
import type { OpenDatabase } from "@/lib/data/db";
import { dataSuite } from "./support/data-suite";
import { reviewSuite } from "./support/review-suite";
import { openThrowawayDatabase, serverUrl } from "./support/postgres";

describe.runIf(serverUrl)("on a PostgreSQL server (DATABASE_URL)", () => {
  let opened: OpenDatabase;
  beforeAll(async () => {
    opened = await openThrowawayDatabase(serverUrl!);
  });
  afterAll(async () => {
    await opened?.close();
  });
  dataSuite(() => opened.db);
  reviewSuite(() => opened.db);
});
