import { describe, expect, it } from "vitest";
import { InvalidEnvironmentError, parseEnv } from "@/lib/config/env";

const refusal = (source: Record<string, string>) => {
  try {
    parseEnv(source);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidEnvironmentError);
    return (error as Error).message;
  }
  throw new Error(`${JSON.stringify(source)} was accepted`);
};

describe("parseEnv", () => {
  it("reads valid values, numbers as numbers", () => {
    expect(
      parseEnv({
        DATABASE_URL: "postgresql://lapidar@db:5432/lapidar",
        NEXTAUTH_SECRET: "a-secret-of-enough-length",
        NEXTAUTH_URL: "https://lapidar.example.org",
        LAPIDAR_MAX_IMPORT_BYTES: "1048576",
        LAPIDAR_DEMO: "0",
        PORT: "8080",
      }),
    ).toMatchObject({ DATABASE_URL: "postgresql://lapidar@db:5432/lapidar", LAPIDAR_MAX_IMPORT_BYTES: 1048576, LAPIDAR_DEMO: "0", PORT: 8080 });
  });

  it("takes an empty or blank variable as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", PGLITE_DIR: "  ", LAPIDAR_MAX_IMPORT_BYTES: "" })).toEqual({});
  });

  it("ignores variables it does not know (the shell has many)", () => {
    expect(parseEnv({ HOME: "/root", PATH: "/usr/bin" })).toEqual({});
  });

  it.each([
    [{ DATABASE_URL: "mysql://root@db/lapidar" }, "DATABASE_URL must be a postgres:// or postgresql:// URL", "mysql://root@db/lapidar"],
    [{ LAPIDAR_MAX_IMPORT_BYTES: "5MB" }, "LAPIDAR_MAX_IMPORT_BYTES must be a positive whole number of bytes", "5MB"],
    [{ LAPIDAR_MAX_IMPORT_BYTES: "-1" }, "LAPIDAR_MAX_IMPORT_BYTES must be a positive whole number of bytes", "-1"],
    [{ NEXTAUTH_SECRET: "short" }, "NEXTAUTH_SECRET must be at least 16 characters", "short"],
    [{ NEXTAUTH_URL: "lapidar.example.org" }, "NEXTAUTH_URL must be an http:// or https:// address", "lapidar.example.org"],
    [{ LAPIDAR_DEMO: "no" }, "LAPIDAR_DEMO must be 0 or 1", "no"],
    [{ PORT: "70000" }, "PORT must be a port number", "70000"],
    [{ LAPIDAR_FLAG_WORKERS: "two" }, "LAPIDAR_FLAG_WORKERS must be a positive whole number", "two"],
  ])("refuses %j, saying what the value must be and what it is", (source, says, value) => {
    const message = refusal(source);
    expect(message).toContain(says);
    expect(message).toContain(JSON.stringify(value));
  });

  it("names every bad variable at once", () => {
    const message = refusal({ DATABASE_URL: "sqlite:lapidar.db", PORT: "http" });
    expect(message).toMatch(/DATABASE_URL[\s\S]*PORT|PORT[\s\S]*DATABASE_URL/);
  });
});

describe("workerSettings", () => {
  it("has defaults, and reads the pool's variables through the same schema", async () => {
    const { workerSettings } = await import("@/lib/config/workers");
    expect(workerSettings({})).toMatchObject({ LAPIDAR_CHECK_BUDGET_MS: 2_000, LAPIDAR_IMPORT_BUDGET_MS: 30_000, LAPIDAR_WORKER_MEMORY_MB: 1_024 });
    expect(workerSettings({ LAPIDAR_FLAG_WORKERS: "3" }).LAPIDAR_FLAG_WORKERS).toBe(3);
    expect(() => workerSettings({ LAPIDAR_CHECK_BUDGET_MS: "2s" })).toThrow(/LAPIDAR_CHECK_BUDGET_MS must be a positive whole number of milliseconds/);
  });
});
