import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ACTIONS = path.join(process.cwd(), "lib/actions");

describe("server actions", () => {
  const files = readdirSync(ACTIONS).filter((file) => file.endsWith(".ts"));
  const actionFiles = files.filter((file) => /^\s*["']use server["']/.test(readFileSync(path.join(ACTIONS, file), "utf8")));

  it("are one per file (ARCHITECTURE.md)", () => {
    const wrong = actionFiles.flatMap((file) => {
      const exported = [...readFileSync(path.join(ACTIONS, file), "utf8").matchAll(/^export (?:const|async function) (\w+)/gm)].map((m) => m[1]);
      return exported.length === 1 ? [] : [`${file}: ${exported.join(", ") || "no action"}`];
    });
    expect(wrong).toEqual([]);
  });

  it("are found at all: the check above reads real files", () => {
    expect(actionFiles.length).toBeGreaterThan(30);
  });
});
