import { describe, expect, it } from "vitest";
import { canEditAlignment, canGiveSource } from "@/lib/auth/permissions/source";

describe("who gives an article its original and fixes the alignment", () => {
  it.each([
    ["admin", false, true],
    ["reviewer", false, true],
    ["viewer", false, false],
    ["admin", true, false],
    ["reviewer", true, false],
  ] as const)("%s, archived %s: %s", (role, archived, allowed) => {
    expect(canGiveSource(role, { archived })).toBe(allowed);
    expect(canEditAlignment(role, { archived })).toBe(allowed);
  });
});
