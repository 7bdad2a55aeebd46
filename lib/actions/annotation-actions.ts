"use server";

import { z } from "zod";
import { createAnnotation, deleteAnnotation as removeAnnotation, getAnnotation, type AnnotationView, type NewAnnotation } from "@/lib/data/annotations";
import { ANNOTATION_DELETE_REFUSAL, canDeleteAnnotation } from "@/lib/auth/permissions/annotation";
import { getDb } from "@/lib/data/db";
import type { MqmCategory } from "@/lib/metrics/mqm-typology";
import { classifyFlag } from "@/lib/report/annotation-from-flag";
import { annotationInputSchema, flagAnnotationSchema } from "@/lib/report/annotation-input";
import { ActionError, userAction } from "./safe-action";

async function store(input: NewAnnotation): Promise<AnnotationView> {
  const result = await createAnnotation(await getDb(), input);
  if (result.ok) return result.annotation;
  if (result.reason === "not_found") throw new ActionError("This paragraph no longer exists.");
  throw new ActionError("The paragraph's text changed since you selected the span; select it again.");
}

/** "Mark selection as error" (or a flag opened in the full form): a span of the current text with the category, severity and comment the reviewer chose. */
export const annotateSpan = userAction("reviewer", annotationInputSchema, async (input, user) =>
  store({ ...input, authorId: user.id }),
);

/** One click on a flag: its category, a subtype read from its check and its severity become the annotation. */
export const annotateFlag = userAction("reviewer", flagAnnotationSchema, async (input, user) => {
  const { category, subtype, severity } = classifyFlag({ check: input.check, category: input.category as MqmCategory, severity: input.severity });
  return store({
    paragraphId: input.paragraphId,
    start: input.start,
    end: input.end,
    text: input.text,
    category,
    subtype,
    severity,
    comment: input.comment,
    check: input.check,
    authorId: user.id,
  });
});

/** Reviewers withdraw their own annotations; administrators any. */
export const deleteAnnotation = userAction("reviewer", z.object({ annotationId: z.number().int().positive() }), async ({ annotationId }, user) => {
  const db = await getDb();
  const annotation = await getAnnotation(db, annotationId);
  if (!annotation) throw new ActionError("This annotation no longer exists.");
  if (!canDeleteAnnotation(user, annotation)) throw new ActionError(ANNOTATION_DELETE_REFUSAL);
  await removeAnnotation(db, annotationId);
  return { annotationId, articleId: annotation.paragraph.articleId };
});
