import { z } from "zod";

export const ROLES = ["admin", "reviewer", "viewer"] as const;

export const roleSchema = z.enum(ROLES);

export type Role = z.infer<typeof roleSchema>;

const rank: Record<Role, number> = { viewer: 0, reviewer: 1, admin: 2 };

/** Viewers read; reviewers also edit; admins also manage accounts. */
export function hasRole(actual: Role, required: Role): boolean {
  return rank[actual] >= rank[required];
}
