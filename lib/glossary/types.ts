import type { Locale } from "@/lib/domain";

/** A glossary entry as the flagger sees it. */
export interface GlossaryTerm {
  preferred: string;
  variants: string[];
  type: "entity" | "term" | "calque";
  caseSensitive: boolean;
  locale: Locale | "both";
  note?: string;
  /** The Chinese term the entry renders: the source-aware checks read an entity's as a known name. */
  sourceTerm?: string;
}

export type GlossaryType = GlossaryTerm["type"];
export type GlossaryLocale = GlossaryTerm["locale"];

export const GLOSSARY_TYPES: readonly GlossaryType[] = ["entity", "term", "calque"];
export const GLOSSARY_LOCALES: readonly GlossaryLocale[] = ["both", "pt-PT", "pt-BR"];

/** Everything a person decides about an entry; ids, authors and dates are the database's. */
export interface GlossaryEntryData {
  preferred: string;
  variants: string[];
  sourceTerm: string | null;
  type: GlossaryType;
  caseSensitive: boolean;
  locale: GlossaryLocale;
  note: string | null;
}

/** What matching needs of an entry (a flagger GlossaryTerm qualifies). */
export type MatchableTerm = Pick<GlossaryEntryData, "preferred" | "variants" | "type" | "caseSensitive">;

/**
 * What is wrong with a file row, as a key of the `glossary.file` catalogue and its values (column names, the
 * value read, a limit), worded where it is shown: the import route in the reader's language, the command line
 * in English (wording.ts).
 */
export interface RowProblem {
  key: string;
  values?: Record<string, string | number>;
}

/** A file row that could not become an entry, with the line it starts on (1-based) and what is wrong with it. */
export interface RowError {
  line: number;
  problems: RowProblem[];
}

/** A row error as the person reads it (what the import route answers): its line and what is wrong, worded. */
export interface WordedRowError {
  line: number;
  message: string;
}

export interface ParsedGlossary {
  entries: GlossaryEntryData[];
  /** Line of each entry in the file, parallel to `entries`. */
  lines: number[];
  errors: RowError[];
}
