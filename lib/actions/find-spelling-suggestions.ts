"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/lib/data/db";
import { refreshSpellingSuggestions } from "@/lib/data/glossary-suggestions";
import { loadSpeller } from "@/lib/text/speller";
import { findSpellingSuggestionsSchema } from "@/lib/validation/glossary-entry";
import { userAction } from "./safe-action";

/** Spelling groups need the whole text of every article, so they are mined on request rather than on every visit. */
export const findSpellingSuggestions = userAction("reviewer", findSpellingSuggestionsSchema, async (input) => {
  const found = await refreshSpellingSuggestions(await getDb(), { speller: await loadSpeller(input.locale) });
  revalidatePath("/glossary");
  return { found };
});
