"use server";

import { z } from "zod";
import { getArticleMachineTexts } from "@/lib/data/articles";
import { getDb } from "@/lib/data/db";
import { dismissFlag, getDismissal, restoreDismissedFlag } from "@/lib/data/dismissals";
import {
  approveParagraph,
  articleIdOfParagraph,
  getRevision,
  listRevisions,
  saveParagraphText,
  setParagraphKind,
} from "@/lib/data/paragraphs";
import { machineFlagCount } from "@/lib/services/review-flags";
import {
  approveParagraphSchema,
  finalParagraphText,
  MAX_PARAGRAPH_LENGTH,
  ParagraphTextError,
  paragraphKindSchema,
  saveParagraphSchema,
} from "@/lib/validation/paragraph";
import { afterSave, recheck, type ReviewUpdate } from "./review-update";
import { ActionError, userAction } from "./safe-action";

export type { ReviewUpdate } from "./review-update";

const editSchema = saveParagraphSchema.extend({
  /** Set when the text settles a merge by hand: the version the reviewer's edit was based on. */
  mergedFrom: z.number().int().positive().optional(),
});

/** A typed edit: one based on an older version is merged with the newer text (see saveParagraphText). */
export const saveParagraph = userAction("reviewer", editSchema, async ({ mergedFrom, ...input }, user) => {
  const db = await getDb();
  const settled = mergedFrom ? { kind: "merge" as const, note: `merged by hand: an edit based on version ${mergedFrom} with version ${input.baseVersion}` } : {};
  return afterSave(db, await saveParagraphText(db, { ...input, ...settled, userId: user.id, merge: true }));
});

const acceptSchema = z.object({
  paragraphId: z.number().int().positive(),
  baseVersion: z.number().int().positive(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  expected: z.string().max(MAX_PARAGRAPH_LENGTH),
  replacement: z.string().max(MAX_PARAGRAPH_LENGTH),
  check: z.string().max(100),
});

/** A text computed here (a suggestion spliced in, an old revision) passes the same validator as a typed one. */
function validText(text: string): string {
  try {
    return finalParagraphText(text);
  } catch (error) {
    if (error instanceof ParagraphTextError) throw new ActionError(error.message);
    throw error;
  }
}

/** Replaces the flagged span with the suggestion, as a revision of its own; refuses if the span moved. */
export const acceptSuggestion = userAction("reviewer", acceptSchema, async (input, user) => {
  const db = await getDb();
  const current = await db.paragraph.findUnique({ where: { id: input.paragraphId }, select: { currentText: true, version: true } });
  if (!current) throw new ActionError("This paragraph no longer exists.");
  if (current.version === input.baseVersion && current.currentText.slice(input.start, input.end) !== input.expected) {
    throw new ActionError("The flagged text is no longer where it was; reload the paragraph and try again.");
  }
  const text = validText(current.currentText.slice(0, input.start) + input.replacement + current.currentText.slice(input.end));
  return afterSave(
    db,
    await saveParagraphText(db, {
      paragraphId: input.paragraphId,
      baseVersion: input.baseVersion,
      text,
      userId: user.id,
      kind: "suggestion",
      note: `${input.check}: “${input.expected}” → “${input.replacement}”`,
    }),
  );
});

export const approve = userAction("reviewer", approveParagraphSchema, async (input, user) => {
  const db = await getDb();
  const result = await approveParagraph(db, input.paragraphId, input.baseVersion, user.id);
  if (!result.ok && result.reason === "not_found") throw new ActionError("This paragraph no longer exists.");
  const paragraph = result.ok ? result.paragraph : result.current;
  return { paragraph, conflict: !result.ok, ...(await recheck(db, paragraph.articleId)) } satisfies ReviewUpdate;
});

export const changeParagraphKind = userAction("reviewer", paragraphKindSchema, async (input, user) => {
  const db = await getDb();
  return afterSave(db, await setParagraphKind(db, { ...input, userId: user.id }));
});

const dismissSchema = z.object({
  paragraphId: z.number().int().positive(),
  check: z.string().min(1).max(100),
  text: z.string().min(1).max(10_000),
  reason: z.string().trim().max(500).optional(),
});

export const dismiss = userAction("reviewer", dismissSchema, async (input, user) => {
  const db = await getDb();
  const articleId = await articleIdOfParagraph(db, input.paragraphId);
  if (!articleId) throw new ActionError("This paragraph no longer exists.");
  await dismissFlag(db, { ...input, reason: input.reason || null, userId: user.id });
  return recheck(db, articleId);
});

export const restoreDismissal = userAction("reviewer", z.object({ dismissalId: z.number().int().positive() }), async (input) => {
  const db = await getDb();
  const dismissal = await getDismissal(db, input.dismissalId);
  if (!dismissal) throw new ActionError("That flag was already restored.");
  await restoreDismissedFlag(db, input.dismissalId);
  return recheck(db, dismissal.paragraph.articleId);
});

export const paragraphHistory = userAction("viewer", z.object({ paragraphId: z.number().int().positive() }), async (input) => {
  return listRevisions(await getDb(), input.paragraphId);
});

const restoreSchema = z.object({
  paragraphId: z.number().int().positive(),
  revisionId: z.number().int().positive(),
  baseVersion: z.number().int().positive(),
});

/** Restoring writes the old text as a new revision: nothing in the history is ever removed. */
export const restoreRevision = userAction("reviewer", restoreSchema, async (input, user) => {
  const db = await getDb();
  const revision = await getRevision(db, input.revisionId);
  if (!revision || revision.paragraphId !== input.paragraphId) throw new ActionError("That revision does not belong to this paragraph.");
  return afterSave(
    db,
    await saveParagraphText(db, {
      paragraphId: input.paragraphId,
      baseVersion: input.baseVersion,
      text: validText(revision.text),
      userId: user.id,
      kind: "restore",
      note: `restored version ${revision.version}`,
    }),
  );
});

/** Counted after the page is shown: the machine text's flags are the "found" of the progress bar. */
export const countMachineFlags = userAction("viewer", z.object({ articleId: z.number().int().positive() }), async (input) => {
  const db = await getDb();
  const article = await getArticleMachineTexts(db, input.articleId);
  if (!article) throw new ActionError("This article no longer exists.");
  return machineFlagCount(db, article);
});
