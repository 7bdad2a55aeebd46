import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPglite } from "@/lib/data/db";
import { crashDuringImport, crashDuringSaves } from "@/scripts/faults/crash-checks";
import { databaseOutage } from "@/scripts/faults/database-outage";
import { prepareInstallation, type Installation } from "@/scripts/load/prepare-installation";
import { needing } from "./support/requirements";
import { UI_LOCALES } from "@/lib/i18n/config";
import { refusalText } from "@/lib/i18n/refusal-wording";

// The smoke version of `npx tsx scripts/faults/main.ts`: one SIGKILL during saves, one during an import.
describe("a writer killed with SIGKILL on the embedded database", () => {
  let dataDir: string;
  let installation: Installation;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), "lapidar-faults-"));
    const opened = await openPglite(path.join(dataDir, "pglite"));
    installation = await prepareInstallation(opened.db, { reviewers: 1, articles: 1 });
    await opened.close();
  }, 180_000);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("keeps every save acknowledged before the kill, and the database opens", { timeout: 120_000 }, async () => {
    const crash = await crashDuringSaves(dataDir, {
      userId: installation.reviewers[0].id,
      paragraphIds: installation.articles[0].paragraphIds.slice(0, 4),
      acks: 15,
    });
    expect(crash.workerError).toBeNull();
    expect(crash.killed).toBe(true);
    expect(crash.openError).toBeNull();
    expect(crash.acknowledged).toBeGreaterThanOrEqual(15);
    expect(crash.lost).toEqual([]);
  });

  it("shows no half-imported article after a kill inside the import's transaction", { timeout: 120_000 }, async () => {
    const crash = await crashDuringImport(dataDir, { title: "Importação interrompida", paragraphs: 3000, userId: installation.reviewers[0].id });
    expect(crash.workerError).toBeNull();
    expect(crash.killed).toBe(true);
    expect(crash.batchesSeen).toBeGreaterThan(0);
    expect(crash.openError).toBeNull();
    expect(crash.visible).toEqual([]);
  });
});

// Needs a production build and PostgreSQL's binaries (CI has both once built): the check runs a
// cluster of its own, stops it under a running server and starts it again.
const [runs, name] = needing("the PostgreSQL server going away", "build", "server");
describe.runIf(runs)(name, () => {
  it("answers 503 with a reason, writes nothing, and resumes when it is back", { timeout: 180_000 }, async () => {
    const outage = await databaseOutage();
    expect(outage.before).toEqual({ page: 200, save: 200 });
    expect(outage.during.save.status).toBe(503);
    // Worded in the request's interface language: any of the catalogue's wordings of "the database is away".
    const worded = UI_LOCALES.map((locale) => refusalText(locale, { key: "databaseUnreachable" }));
    expect(worded).toContain(JSON.parse(outage.during.save.body).error);
    expect(outage.during.page.status).toBeGreaterThanOrEqual(500);
    expect(outage.outageSaveStored).toBe(false);
    expect(outage.after.page).toBe(200);
    expect(outage.after.save).toBe(200);
  });
});
