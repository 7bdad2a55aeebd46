import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll } from "vitest";
import { openPglite, type OpenDatabase } from "@/lib/data/db";
import { articleWorkflowSuite } from "./support/article-workflow-suite";

let opened: OpenDatabase;
beforeAll(async () => {
  opened = await openPglite(new PGlite());
});
afterAll(async () => {
  await opened?.close();
});

articleWorkflowSuite(() => opened.db);
