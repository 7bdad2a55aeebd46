import { afterAll, beforeAll } from "vitest";
import { openPglite, type OpenDatabase } from "@/lib/data/db";
import { articleWorkflowSuite } from "./support/article-workflow-suite";

let opened: OpenDatabase;
// Opening and migrating a fresh PGlite takes a while on a busy machine.
beforeAll(async () => {
  opened = await openPglite();
}, 180_000);
afterAll(async () => {
  await opened?.close();
});

articleWorkflowSuite(() => opened.db);
