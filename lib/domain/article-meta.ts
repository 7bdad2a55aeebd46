import type { Locale } from "./locale";

/** What an article says about itself, the same on import, in storage, in exports and in the report. */
export interface ArticleMeta {
  title: string;
  author: string | null;
  sourceName: string | null;
  sourceUrl: string | null;
  locale: Locale;
}
