"use server";

import { z } from "zod";
import { canDeleteAnnotation } from "@/lib/auth/permissions/annotation";
import { deleteAnnotation as removeAnnotation, getAnnotation } from "@/lib/data/annotations";
import { getDb } from "@/lib/data/db";
import { ActionError, userAction } from "./safe-action";

/** Reviewers withdraw their own annotations; administrators any. */
export const deleteAnnotation = userAction("reviewer", z.object({ annotationId: z.number().int().positive() }), async ({ annotationId }, user) => {
  const db = await getDb();
  const annotation = await getAnnotation(db, annotationId);
  if (!annotation) throw new ActionError("annotationGone");
  if (!canDeleteAnnotation(user, annotation)) throw new ActionError("annotationDeleteOwnerOnly");
  await removeAnnotation(db, annotationId);
  return { annotationId, articleId: annotation.paragraph.articleId };
});
