export type { ArticleMeta } from "./article-meta";
export { CATEGORIES, type Category, type Flag } from "./flag";
export { LOCALES, localeSchema, type Locale } from "./locale";
export { PARAGRAPH_KINDS, paragraphKindSchema, type ParagraphKind } from "./paragraph-kind";
export { REVIEW_STATUSES, reviewStatusSchema, type ReviewStatus } from "./review-status";
export { hasRole, ROLES, roleSchema, type Role } from "./role";
export { SEVERITIES, severitySchema, type Severity } from "./severity";
export { RefusalError, refusalOf, type Refusal } from "./refusal";
export { decodeRevisionNote, encodeRevisionNote, REVISION_NOTE_KEYS, type RevisionNote, type RevisionNoteKey } from "./revision-note";
