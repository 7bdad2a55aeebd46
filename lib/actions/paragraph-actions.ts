"use server";

import { getDb } from "@/lib/data/db";
import { approveParagraph, saveParagraphText, setParagraphKind, type ParagraphView } from "@/lib/data/paragraphs";
import { approveParagraphSchema, paragraphKindSchema, saveParagraphSchema } from "@/lib/validation/paragraph";
import { ActionError, userAction } from "./safe-action";

export type SaveOutcome =
  | { status: "saved"; paragraph: ParagraphView; changed: boolean }
  | { status: "conflict"; current: ParagraphView };

export const saveParagraph = userAction("reviewer", saveParagraphSchema, async (input, user): Promise<SaveOutcome> => {
  const result = await saveParagraphText(await getDb(), { ...input, userId: user.id });
  if (result.ok) return { status: "saved", paragraph: result.paragraph, changed: result.changed };
  if (result.reason === "conflict") return { status: "conflict", current: result.current };
  throw new ActionError("This paragraph no longer exists.");
});

export const changeParagraphKind = userAction("reviewer", paragraphKindSchema, async (input, user) => {
  return setParagraphKind(await getDb(), input.paragraphId, input.kind, user.id);
});

export const approve = userAction("reviewer", approveParagraphSchema, async (input, user): Promise<SaveOutcome> => {
  const result = await approveParagraph(await getDb(), input.paragraphId, input.baseVersion, user.id);
  if (result.ok) return { status: "saved", paragraph: result.paragraph, changed: true };
  if (result.reason === "conflict") return { status: "conflict", current: result.current };
  throw new ActionError("This paragraph no longer exists.");
});
