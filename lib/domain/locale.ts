import { z } from "zod";

/** The target varieties an article is written in. */
export const LOCALES = ["pt-PT", "pt-BR"] as const;

export const localeSchema = z.enum(LOCALES);

export type Locale = z.infer<typeof localeSchema>;
