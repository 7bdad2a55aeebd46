import { z } from "zod";
import { MAX_TITLE_LENGTH } from "@/lib/validation/limits";
import { localeSchema } from "@/lib/domain/locale";

/** The importer's limit, so that a title fits wherever it is entered. */
export const MAX_ARTICLE_TITLE_LENGTH = MAX_TITLE_LENGTH;
export const MAX_AUTHOR_LENGTH = 200;
export const MAX_SOURCE_NAME_LENGTH = 200;
export const MAX_SOURCE_URL_LENGTH = 2000;

// Messages are keys of the "articles" catalogue (validation.*): the form names them in the reader's language.
const optionalText = (max: number, tooLong: string) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .transform((v) => (v === "" ? null : v.normalize("NFC")))
    .nullable()
    .transform((v) => v ?? null);

const sourceUrl = optionalText(MAX_SOURCE_URL_LENGTH, "sourceUrlTooLong").refine((v) => v === null || /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(v), "sourceUrlInvalid");

export const articleMetadataSchema = z.object({
  title: z.string().trim().min(1, "titleRequired").max(MAX_TITLE_LENGTH, "titleTooLong").transform((v) => v.normalize("NFC")),
  author: optionalText(MAX_AUTHOR_LENGTH, "authorTooLong"),
  sourceName: optionalText(MAX_SOURCE_NAME_LENGTH, "sourceNameTooLong"),
  sourceUrl,
  locale: localeSchema,
});

export type ArticleMetadataInput = z.input<typeof articleMetadataSchema>;

export const editArticleMetadataSchema = z.object({
  articleId: z.number().int().positive(),
  /** What the form showed, so a field someone changed meanwhile is not overwritten unseen. */
  expected: z.object({
    title: z.string().max(10_000),
    author: z.string().max(10_000).nullable(),
    sourceName: z.string().max(10_000).nullable(),
    sourceUrl: z.string().max(10_000).nullable(),
    locale: localeSchema,
  }),
  next: articleMetadataSchema,
  /** The headline paragraph's version the form showed, when the title is the headline. */
  headlineVersion: z.number().int().positive().nullable(),
});
