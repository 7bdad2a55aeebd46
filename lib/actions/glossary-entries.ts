"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/lib/data/db";
import {
  GlossaryEntryExistsError,
  GlossaryEntryNotFoundError,
  createGlossaryEntry,
  deleteGlossaryEntry,
  getGlossaryEntry,
  listGlossaryHistory,
  updateGlossaryEntry,
} from "@/lib/data/glossary";
import { CALQUE_REFUSAL, canEditGlossaryType } from "@/lib/auth/permissions/glossary";
import { glossaryEntrySchema } from "@/lib/glossary/validate";
import type { UserSummary } from "@/lib/data/users";
import type { GlossaryType } from "@/lib/glossary/types";
import { ActionError, userAction } from "./safe-action";

const id = z.number().int().positive();

function assertMayEdit(user: UserSummary, ...types: GlossaryType[]) {
  if (types.some((type) => !canEditGlossaryType(user.role, type))) throw new ActionError(CALQUE_REFUSAL);
}

async function known<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof GlossaryEntryExistsError || error instanceof GlossaryEntryNotFoundError) throw new ActionError(error.message);
    throw error;
  }
}

export const saveGlossaryEntry = userAction("reviewer", z.object({ id: id.optional(), entry: glossaryEntrySchema }), async (input, user) => {
  const db = await getDb();
  assertMayEdit(user, input.entry.type);
  const saved = await known(async () => {
    if (!input.id) return createGlossaryEntry(db, input.entry, user.id);
    const current = await getGlossaryEntry(db, input.id);
    if (!current) throw new GlossaryEntryNotFoundError();
    assertMayEdit(user, current.type);
    return updateGlossaryEntry(db, input.id, input.entry, user.id);
  });
  revalidatePath("/glossary");
  return { id: saved.id };
});

export const removeGlossaryEntry = userAction("reviewer", z.object({ id }), async (input, user) => {
  const db = await getDb();
  const current = await getGlossaryEntry(db, input.id);
  if (!current) throw new ActionError(new GlossaryEntryNotFoundError().message);
  assertMayEdit(user, current.type);
  await known(() => deleteGlossaryEntry(db, input.id, user.id));
  revalidatePath("/glossary");
  return { id: input.id };
});

export const glossaryEntryHistory = userAction("viewer", z.object({ id }), async (input) => {
  const history = await listGlossaryHistory(await getDb(), input.id);
  return history.map((h) => ({ ...h, createdAt: h.createdAt.toISOString() }));
});
