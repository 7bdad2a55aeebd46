import { describe, expect, it } from "vitest";
import {
  canArchiveArticle,
  canAssignArticle,
  canChangeArticleStatus,
  canEditArticle,
  canEditArticleMetadata,
  canReadArticle,
} from "@/lib/auth/permissions/article";
import type { Role } from "@/lib/domain/role";

const live = { archived: false };
const archived = { archived: true };

describe("article permissions", () => {
  const matrix: [string, (role: Role) => boolean, Record<Role, boolean>][] = [
    ["read", canReadArticle, { viewer: true, reviewer: true, admin: true }],
    ["edit", (r) => canEditArticle(r, live), { viewer: false, reviewer: true, admin: true }],
    ["edit archived", (r) => canEditArticle(r, archived), { viewer: false, reviewer: false, admin: false }],
    ["change status", (r) => canChangeArticleStatus(r, live), { viewer: false, reviewer: true, admin: true }],
    ["change status archived", (r) => canChangeArticleStatus(r, archived), { viewer: false, reviewer: false, admin: false }],
    ["edit metadata", (r) => canEditArticleMetadata(r, live), { viewer: false, reviewer: true, admin: true }],
    ["archive and restore", canArchiveArticle, { viewer: false, reviewer: false, admin: true }],
    ["assign", (r) => canAssignArticle(r, live), { viewer: false, reviewer: false, admin: true }],
    ["assign archived", (r) => canAssignArticle(r, archived), { viewer: false, reviewer: false, admin: false }],
  ];
  it.each(matrix)("%s", (_name, rule, expected) => {
    for (const role of ["viewer", "reviewer", "admin"] as Role[]) expect(rule(role), role).toBe(expected[role]);
  });
});
