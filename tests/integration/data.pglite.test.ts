import { afterAll, beforeAll } from "vitest";
import { openPglite, type OpenDatabase } from "@/lib/data/db";
import { dataSuite } from "./support/data-suite";
import { reviewSuite } from "./support/review-suite";

let opened: OpenDatabase;
beforeAll(async () => {
  opened = await openPglite();
});
afterAll(async () => {
  await opened?.close();
});

dataSuite(() => opened.db);
reviewSuite(() => opened.db);
