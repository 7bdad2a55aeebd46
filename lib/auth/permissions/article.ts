import { hasRole, type Role } from "@/lib/domain/role";

/** What a rule needs to know of an article. */
export interface ArticleAccess {
  archived: boolean;
}

/** Everyone signed in reads every article, archived ones included (their history stays readable). */
export function canReadArticle(role: Role): boolean {
  return hasRole(role, "viewer");
}

/** Editing text, flags and paragraphs; an archived article is read-only for everyone until restored. */
export function canEditArticle(role: Role, article: ArticleAccess): boolean {
  return hasRole(role, "reviewer") && !article.archived;
}

/** Approving, reopening: the reviewer's decisions. */
export function canChangeArticleStatus(role: Role, article: ArticleAccess): boolean {
  return canEditArticle(role, article);
}

/** Title, author, source, source URL and target locale. */
export function canEditArticleMetadata(role: Role, article: ArticleAccess): boolean {
  return canEditArticle(role, article);
}

/** Archiving and restoring hide or bring back an article for the whole team: administrators only. */
export function canArchiveArticle(role: Role): boolean {
  return hasRole(role, "admin");
}

/** Who reviews what is the administrators' call; an archived article gets no new assignments. */
export function canAssignArticle(role: Role, article: ArticleAccess): boolean {
  return hasRole(role, "admin") && !article.archived;
}
