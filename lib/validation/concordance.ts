import { z } from "zod";
import { localeSchema } from "@/lib/domain";
import { phraseWords } from "@/lib/concordance/phrase";

export const CONCORDANCE_QUERY_MAX = 200;
export const CONCORDANCE_MAX_WORDS = 12;

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/**
 * The concordance page's search parameters; a bad one gives a message, never an error page. Messages are keys of
 * the `concordance` catalogue, so the refusal is in the reader's language.
 */
export const concordanceQuerySchema = z.object({
  q: z.preprocess(
    first,
    z
      .string()
      .trim()
      .max(CONCORDANCE_QUERY_MAX, "queryTooLong")
      .refine((q) => phraseWords(q).length > 0, "queryEmpty")
      .refine((q) => phraseWords(q).length <= CONCORDANCE_MAX_WORDS, "queryTooManyWords"),
  ),
  scope: z.preprocess(first, z.enum(["both", "machine", "current"]).catch("both")),
  locale: z.preprocess(first, localeSchema.optional().catch(undefined)),
  exclude: z.preprocess(first, z.coerce.number().int().positive().optional().catch(undefined)),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(1000).catch(1)),
});

export type ConcordanceQueryInput = z.infer<typeof concordanceQuerySchema>;
