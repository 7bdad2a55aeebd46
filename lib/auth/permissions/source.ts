import { hasRole, type Role } from "@/lib/domain/role";
import type { ArticleAccess } from "./article";

/**
 * Giving an article its Chinese original, or a new version of it, changes which source-aware flags every reviewer
 * sees: reviewers and administrators only, and never on an archived article (read-only until restored).
 */
export function canGiveSource(role: Role, article: ArticleAccess): boolean {
  return hasRole(role, "reviewer") && !article.archived;
}

/** Fixing the alignment by hand is the same decision, link by link. */
export function canEditAlignment(role: Role, article: ArticleAccess): boolean {
  return canGiveSource(role, article);
}
