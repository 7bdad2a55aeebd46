import { hasRole, type Role } from "@/lib/domain";

/** Who is acting: their id and their role as the database has it now. */
export interface AnnotationActor {
  id: number;
  role: Role;
}

/** Marking an error is a reviewer's judgement; viewers read the annotations in the report. */
export function canAnnotate(role: Role): boolean {
  return hasRole(role, "reviewer");
}

/** Reviewers withdraw their own annotations; administrators any (an annotation scores the article). */
export function canDeleteAnnotation(actor: AnnotationActor, annotation: { authorId: number | null }): boolean {
  return hasRole(actor.role, "admin") || (hasRole(actor.role, "reviewer") && annotation.authorId === actor.id);
}
