import { hasRole, type Role } from "@/lib/domain";

/** The installation's dictionary silences spelling flags for everyone: reviewers and administrators change it. */
export function canEditDictionary(role: Role): boolean {
  return hasRole(role, "reviewer");
}
