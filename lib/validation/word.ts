import { z } from "zod";
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

/** The first thing wrong with a normalised word, in words a reviewer can act on; null when it is fine. */
function wordProblem(word: string): string | null {
  if (word.length === 0) return "Enter a word.";
  if (word.length > MAX_WORD_LENGTH) return `A word is at most ${MAX_WORD_LENGTH} characters.`;
  if (!WORD_CHARACTERS.test(word)) return "A word has letters only, and hyphens or apostrophes: no spaces, digits or other punctuation.";
  if (!WORD_SHAPE.test(word)) return "A hyphen or an apostrophe goes between two letters.";
  return null;
}

export const wordSchema = z
  .string({ error: "Enter a word." })
  .transform(normalizeWord)
  .superRefine((word, ctx) => {
    const problem = wordProblem(word);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

const dictionaryLocaleSchema = z.enum(GLOSSARY_LOCALES as [GlossaryLocale, ...GlossaryLocale[]], { error: "Locale must be both, pt-PT or pt-BR." });

export const dictionaryWordSchema = z.object({
  word: wordSchema,
  locale: dictionaryLocaleSchema.default("both"),
  note: z
    .string()
    .nullish()
    .transform((note) => note?.trim() || null)
    .pipe(z.string().max(500, "A note is at most 500 characters.").nullable()),
});

export type DictionaryWordData = z.infer<typeof dictionaryWordSchema>;

const id = z.number().int().positive();

/** A word ignored in one article, or a dictionary word, by its id. */
export const wordIdSchema = z.object({ id });

export const ignoreWordSchema = z.object({ articleId: id, word: wordSchema });

/** From the dictionary page, or from a spelling flag naming the article on screen (to re-check it at once). */
export const addDictionaryWordSchema = dictionaryWordSchema.extend({ articleId: id.optional() });

export const editDictionaryWordSchema = dictionaryWordSchema.extend({ id });
