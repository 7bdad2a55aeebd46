import path from "node:path";
import { describe, expect, it } from "vitest";
import { openPglite } from "@/lib/data/db";
import { saveParagraphText } from "@/lib/data/paragraphs";
import { SIGN_IN_POLICY } from "@/lib/auth/rate-limit";
import { loadRun } from "@/scripts/load/load-run";
import { prepareInstallation } from "@/scripts/load/prepare-installation";
import { verifySaves } from "@/scripts/load/verify-saves";
import { serverUrl } from "./support/postgres";
import { needing } from "./support/requirements";

// The smoke version of `npm run load`: five reviewers for ten seconds on a real `next start`, then every
// answer checked against the database. It needs a production build; `npm test` builds after vitest,
// so on a fresh checkout this runs from the second `npm test` on (or after `npx next build`).
const root = path.resolve(import.meta.dirname, "..", "..");
const [runs, name] = needing("concurrent reviewers on a production server", "build");

describe.runIf(runs)(name, () => {
  const databases: [string, string | null][] = [["the embedded database", null], ...(serverUrl ? [["the PostgreSQL server", serverUrl] as [string, string]] : [])];
  for (const [name, url] of databases) {
    it(`loses no accepted save and stores no refused one, on ${name}`, { timeout: 180_000 }, async () => {
      const { report, verification } = await loadRun({ root, reviewers: 5, seconds: 10, serverUrl: url });
      expect(report.requests).toBeGreaterThan(20);
      expect(report.pageErrors).toBe(0);
      expect(verification.accepted).toBeGreaterThan(5);
      expect(verification.conflicts).toBeGreaterThan(0);
      expect(verification.errors).toBe(0);
      expect(verification.lost).toEqual([]);
      expect(verification.leaked).toEqual([]);
      expect(verification.wrongCurrent).toEqual([]);
    });
  }
});

// The scale-out claim: nothing that matters lives in one process. Two `next start` on one PostgreSQL database share
// the load; no save is lost or leaked, and the sign-in limit counts the attempts made on both.
describe.runIf(runs && serverUrl !== null)("two app servers on one PostgreSQL database", () => {
  it("lose no accepted save, store no refused one, and share the sign-in limit", { timeout: 300_000 }, async () => {
    const { report, verification, signInLimit } = await loadRun({ root, reviewers: 6, seconds: 10, serverUrl, servers: 2 });
    expect(report.servers).toBe(2);
    expect(report.pageErrors).toBe(0);
    expect(verification.accepted).toBeGreaterThan(5);
    expect(verification.errors).toBe(0);
    expect(verification.lost).toEqual([]);
    expect(verification.leaked).toEqual([]);
    expect(verification.wrongCurrent).toEqual([]);
    // Refused once the free attempts made on both servers are used up, not only after each server saw its own.
    expect(signInLimit?.message).toMatch(/too many/i);
    expect(signInLimit!.firstRefusal).toBeGreaterThan(SIGN_IN_POLICY.client.free + 1);
    expect(signInLimit!.firstRefusal).toBeLessThanOrEqual(signInLimit!.latestShared);
  });
});

describe("the save verification", () => {
  it("catches a lost update and a refused save that was stored anyway", { timeout: 120_000 }, async () => {
    const opened = await openPglite();
    try {
      const { reviewers, articles } = await prepareInstallation(opened.db, { reviewers: 1, articles: 1 });
      const [paragraphId] = articles[0].paragraphIds;
      const userId = reviewers[0].id;
      const saved = await saveParagraphText(opened.db, { paragraphId, baseVersion: 1, text: "Texto guardado.", userId });
      expect(saved.ok).toBe(true);
      const honest = await verifySaves(opened.db, [{ kind: "accepted", paragraphId, userId, version: 2, text: "Texto guardado." }]);
      expect([honest.lost, honest.leaked, honest.wrongCurrent]).toEqual([[], [], []]);
      const broken = await verifySaves(opened.db, [
        { kind: "accepted", paragraphId, userId, version: 3, text: "Texto que o servidor disse ter guardado." },
        { kind: "conflict", paragraphId, userId, text: "Texto guardado." },
      ]);
      expect(broken.lost).toHaveLength(1);
      expect(broken.leaked).toHaveLength(1);
      expect(broken.wrongCurrent).toHaveLength(1);
    } finally {
      await opened.close();
    }
  });
});
