import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPglite } from "@/lib/data/db";
import { crashDuringImport, crashDuringSaves } from "@/scripts/faults/crash-checks";
import { prepareInstallation, type Installation } from "@/scripts/load/prepare-installation";

// The smoke version of `npx tsx scripts/faults/main.ts`: one SIGKILL during saves, one during an import.
describe("a writer killed with SIGKILL on the embedded database", () => {
  let dataDir: string;
  let installation: Installation;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), "lapidar-faults-"));
    const opened = await openPglite(new PGlite(path.join(dataDir, "pglite")));
    installation = await prepareInstallation(opened.db, { reviewers: 1, articles: 1 });
    await opened.close();
  });
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
