import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checksTable, README, tableIn, withChecksTable } from "@/scripts/checks-table";

describe("the README's table of checks", () => {
  it("is the one the registry generates (npm run docs:checks rewrites it)", () => {
    expect(tableIn(readFileSync(README, "utf8"))).toBe(checksTable());
  });

  it("is rewritten between its markers only", () => {
    const readme = "intro\n<!-- checks:start -->\n| old |\n<!-- checks:end -->\noutro\n";
    expect(withChecksTable(readme, "| new |")).toBe("intro\n<!-- checks:start -->\n| new |\n<!-- checks:end -->\noutro\n");
    expect(() => withChecksTable("no markers", "| new |")).toThrow(/markers/);
  });
});
