import type { Role } from "@/lib/data/users";

export type { Role };

const rank: Record<Role, number> = { viewer: 0, reviewer: 1, admin: 2 };

/** Viewers read; reviewers also edit; admins also manage accounts. */
export function hasRole(actual: Role, required: Role): boolean {
  return rank[actual] >= rank[required];
}

export const ROLES: readonly Role[] = ["admin", "reviewer", "viewer"];
