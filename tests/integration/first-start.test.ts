import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { openConfiguredDatabase } from "@/lib/data/db";
import { countUsers, findUserForSignIn } from "@/lib/data/users";
import { DEMO_EMAIL, prepareDemo } from "../../scripts/demo/prepare-demo";
import { openThrowawayDatabase, serverUrl } from "./support/postgres";

/** What `npm start` sets up before it serves: the demo account, and the refusals that stop it. */
const ROOT = path.resolve(import.meta.dirname, "..", "..");

afterEach(() => {
  vi.unstubAllEnvs();
});

function embedded() {
  vi.stubEnv("DATABASE_URL", "");
  vi.stubEnv("PGLITE_DIR", "");
  vi.stubEnv("LAPIDAR_DATA_DIR", mkdtempSync(path.join(tmpdir(), "lapidar-first-start-")));
}

describe("the demo account", () => {
  it("gets a random password on the embedded database, told once, that signs in", async () => {
    embedded();
    const first = await prepareDemo();
    expect(first).toMatchObject({ kind: "created", email: DEMO_EMAIL });
    const password = first.kind === "created" ? first.password : "";
    expect(password).toMatch(/^[A-Za-z0-9_-]{20}$/);
    const opened = await openConfiguredDatabase();
    const demo = (await findUserForSignIn(opened.db, DEMO_EMAIL))!;
    expect(await verifyPassword(demo.passwordHash, password)).toBe(true);
    expect(demo.role).toBe("admin");
    await opened.close();
    // Later starts only say that it exists: the password is nowhere to be read again.
    expect(await prepareDemo()).toEqual({ kind: "exists", email: DEMO_EMAIL });
  }, 120_000);

  it.runIf(serverUrl)("is never created on a PostgreSQL server", async () => {
    const database = await openThrowawayDatabase(serverUrl!);
    try {
      vi.stubEnv("DATABASE_URL", database.url);
      expect(await prepareDemo()).toEqual({ kind: "none" });
      expect(await countUsers(database.db)).toBe(0);
    } finally {
      await database.close();
    }
  }, 120_000);
});

describe("npm start on a PostgreSQL server", () => {
  it("stops before anything else without NEXTAUTH_SECRET, and says why", () => {
    const run = spawnSync(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/start.ts"], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: "postgresql://lapidar@127.0.0.1:1/unused", NEXTAUTH_SECRET: "" },
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("NEXTAUTH_SECRET is not set");
    expect(run.stderr).toContain("same value on every app server");
  });
});
