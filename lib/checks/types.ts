/** The shapes every check, the registry, the review page and the `flag` command share. */

export type Severity = "info" | "minor" | "major" | "critical";

export const SEVERITIES: readonly Severity[] = ["info", "minor", "major", "critical"];

/** MQM top-level categories used by the flagger. */
export type Category =
  | "Terminology"
  | "Accuracy"
  | "Linguistic conventions"
  | "Style"
  | "Locale conventions"
  | "Design and markup";

export type Locale = "pt-PT" | "pt-BR";

export type ParagraphKind = "body" | "heading" | "metadata" | "boilerplate";

/** One finding. start/end are UTF-16 offsets into the paragraph text exactly as stored. */
export interface Flag {
  check: string;
  category: Category;
  severity: Severity;
  start: number;
  end: number;
  text: string;
  message: string;
  suggestions: string[];
}

export interface CheckParagraph {
  index: number;
  kind: ParagraphKind;
  text: string;
}

/** A name-like span found anywhere in the article (computed once per article). */
export interface NameSpan {
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

/** A glossary entry as the flagger sees it (filled by the glossary room; empty until then). */
export interface GlossaryTerm {
  preferred: string;
  variants: string[];
  type: "entity" | "term" | "calque";
  caseSensitive: boolean;
  locale: Locale | "both";
  note?: string;
}

/** Loaded once per process (hunspell); checks call it synchronously. */
export interface Speller {
  correct(word: string): boolean;
  suggest(word: string): string[];
}

export interface CheckContext {
  locale: Locale;
  paragraphs: CheckParagraph[];
  names: NameSpan[];
  glossary: GlossaryTerm[];
  speller: Speller | null;
  /** The English dictionary, to recognise English left in the text (null in tests without dictionaries). */
  english: Speller | null;
  /** Words reviewers accepted: ignored in this article, or in the installation's own dictionary (lower case). */
  acceptedWords: ReadonlySet<string>;
}

export interface CheckExample {
  text: string;
  locale?: Locale;
  /** Other paragraphs of the same article, for article-wide checks. */
  article?: string[];
  /** Glossary entries in force, for checks that read the glossary. */
  glossary?: GlossaryTerm[];
}

export interface Check {
  id: string;
  title: string;
  description: string;
  category: Category;
  defaultSeverity: Severity;
  examples: { bad: CheckExample[]; good: CheckExample[] };
  run(paragraph: CheckParagraph, context: CheckContext): Flag[];
}
