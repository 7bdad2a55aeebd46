import type { GlossaryType } from "@/lib/glossary/types";
import { hasRole, type Role } from "@/lib/domain";

/** Reviewers edit the glossary; entries of type calque are the flagger's lexicon, which only administrators change. */
export function canEditGlossaryType(role: Role, type: GlossaryType): boolean {
  return hasRole(role, type === "calque" ? "admin" : "reviewer");
}
