"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/lib/data/db";
import { localeSchema } from "@/lib/domain";
import { GlossaryEntryExistsError } from "@/lib/data/glossary";
import { SuggestionDecidedError, acceptSuggestion, refreshSpellingSuggestions, rejectSuggestion } from "@/lib/data/glossary-suggestions";
import { CALQUE_REFUSAL, canEditGlossaryType } from "@/lib/auth/permissions/glossary";
import { glossaryEntrySchema } from "@/lib/glossary/validate";
import { loadSpeller } from "@/lib/text/speller";
import { ActionError, userAction } from "./safe-action";

const id = z.number().int().positive();

function decided<T>(work: () => Promise<T>): Promise<T> {
  return work().catch((error) => {
    if (error instanceof SuggestionDecidedError || error instanceof GlossaryEntryExistsError) throw new ActionError(error.message);
    throw error;
  });
}

/** Accepts the suggestion as the entry the reviewer confirmed in the form (they may have edited it). */
export const acceptGlossarySuggestion = userAction("reviewer", z.object({ id, entry: glossaryEntrySchema }), async (input, user) => {
  if (!canEditGlossaryType(user.role, input.entry.type)) throw new ActionError(CALQUE_REFUSAL);
  const result = await decided(async () => acceptSuggestion(await getDb(), input.id, input.entry, user.id));
  revalidatePath("/glossary");
  return result;
});

export const rejectGlossarySuggestion = userAction("reviewer", z.object({ id }), async (input, user) => {
  await decided(async () => rejectSuggestion(await getDb(), input.id, user.id));
  revalidatePath("/glossary");
  return { id: input.id };
});

/** Spelling groups need the whole text of every article, so they are mined on request rather than on every visit. */
export const findSpellingSuggestions = userAction("reviewer", z.object({ locale: localeSchema.default("pt-PT") }), async (input) => {
  const found = await refreshSpellingSuggestions(await getDb(), { speller: await loadSpeller(input.locale) });
  revalidatePath("/glossary");
  return { found };
});
