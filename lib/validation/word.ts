import { z } from "zod";
import type { Refusal } from "@/lib/domain/refusal";
import { GLOSSARY_LOCALES, type GlossaryLocale } from "@/lib/glossary/types";

const MAX_WORD_LENGTH = 60;
const WORD_CHARACTERS = /^[\p{L}\p{M}'’-]+$/u;
/** Hyphens and apostrophes join letters ("anos-luz", "d'água"); they never start or end a word. */
const WORD_SHAPE = /^\p{L}\p{M}*(?:['’-]?\p{L}\p{M}*)*$/u;

/**
 * A word as the spelling check compares it: NFC and lower case, so that "Criptomoedas" typed in a form
 * and "criptomoedas" flagged in the text are one word.
 */
export function normalizeWord(word: string): string {
  return word.normalize("NFC").trim().toLowerCase();
}

/** The first thing wrong with a normalised word, as a key of the `refusals` catalogue; null when it is fine. */
function wordProblem(word: string): Refusal | null {
  if (word.length === 0) return { key: "wordNeeded" };
  if (word.length > MAX_WORD_LENGTH) return { key: "wordTooLong", values: { max: MAX_WORD_LENGTH } };
  if (!WORD_CHARACTERS.test(word)) return { key: "wordCharacters" };
  if (!WORD_SHAPE.test(word)) return { key: "wordShape" };
  return null;
}

export const wordSchema = z
  .string({ error: "wordNeeded" })
  .transform(normalizeWord)
  .superRefine((word, ctx) => {
    const problem = wordProblem(word);
    if (problem) ctx.addIssue({ code: "custom", message: problem.key, params: problem.values });
  });

const dictionaryLocaleSchema = z.enum(GLOSSARY_LOCALES as [GlossaryLocale, ...GlossaryLocale[]], { error: "dictionaryLocaleUnknown" });

export const dictionaryWordSchema = z.object({
  word: wordSchema,
  locale: dictionaryLocaleSchema.default("both"),
  note: z
    .string()
    .nullish()
    .transform((note) => note?.trim() || null)
    .pipe(z.string().max(500, "noteTooLong").nullable()),
});

export type DictionaryWordData = z.infer<typeof dictionaryWordSchema>;

const id = z.number().int().positive();

/** A word ignored in one article, or a dictionary word, by its id. */
export const wordIdSchema = z.object({ id });

export const ignoreWordSchema = z.object({ articleId: id, word: wordSchema });

/** From the dictionary page, or from a spelling flag naming the article on screen (to re-check it at once). */
export const addDictionaryWordSchema = dictionaryWordSchema.extend({ articleId: id.optional() });

export const editDictionaryWordSchema = dictionaryWordSchema.extend({ id });
