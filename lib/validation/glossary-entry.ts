import { z } from "zod";
import { localeSchema } from "@/lib/domain";
import { glossaryEntrySchema } from "@/lib/glossary/validate";

const id = z.number().int().positive();

export const glossaryEntryIdSchema = z.object({ id });

/** A new entry without an id, an edit with one. */
export const saveGlossaryEntrySchema = z.object({ id: id.optional(), entry: glossaryEntrySchema });

/** The reviewer confirms a suggestion as the entry in the form, which they may have edited. */
export const acceptSuggestionSchema = z.object({ id, entry: glossaryEntrySchema });

export const suggestionIdSchema = z.object({ id });

export const findSpellingSuggestionsSchema = z.object({ locale: localeSchema.default("pt-PT") });
