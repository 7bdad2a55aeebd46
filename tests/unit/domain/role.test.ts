import { describe, expect, it } from "vitest";
import { hasRole, roleSchema, ROLES, type Role } from "@/lib/domain";

describe("hasRole", () => {
  const table: [Role, Role, boolean][] = [
    ["admin", "admin", true],
    ["admin", "reviewer", true],
    ["admin", "viewer", true],
    ["reviewer", "admin", false],
    ["reviewer", "reviewer", true],
    ["reviewer", "viewer", true],
    ["viewer", "admin", false],
    ["viewer", "reviewer", false],
    ["viewer", "viewer", true],
  ];
  it.each(table)("%s meets %s: %s", (actual, required, expected) => {
    expect(hasRole(actual, required)).toBe(expected);
  });

  it("covers every pair of roles", () => {
    expect(table).toHaveLength(ROLES.length ** 2);
  });
});

describe("roleSchema", () => {
  it("refuses a role that does not exist", () => {
    expect(roleSchema.safeParse("owner").success).toBe(false);
    expect(roleSchema.parse("reviewer")).toBe("reviewer");
  });
});
