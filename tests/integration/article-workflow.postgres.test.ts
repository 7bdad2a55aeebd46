import { afterAll, beforeAll, describe } from "vitest";
import type { OpenDatabase } from "@/lib/data/db";
import { articleWorkflowSuite } from "./support/article-workflow-suite";
import { openThrowawayDatabase, serverUrl } from "./support/postgres";

describe.runIf(serverUrl)("on a PostgreSQL server (DATABASE_URL)", () => {
  let opened: OpenDatabase;
  beforeAll(async () => {
    opened = await openThrowawayDatabase(serverUrl!);
  }, 180_000);
  afterAll(async () => {
    await opened?.close();
  });
  articleWorkflowSuite(() => opened.db);
});
