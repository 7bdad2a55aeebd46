import type { z } from "zod";
import type { AlignedSource } from "@/lib/checks/source-context";
import type { Category, Flag, Locale, ParagraphKind, Severity } from "@/lib/domain";
import type { GlossaryTerm } from "@/lib/glossary/types";
import type { NameSpan } from "@/lib/text/names";
import type { Speller } from "@/lib/text/speller";

/** The shapes every check, the registry, the review page and the `flag` command share. */

/** The MQM 2.0 (MQM Core) issue types of the dimensions the flagger uses, spelled as the typology spells them. */
export const MQM_TYPES = {
  Terminology: ["Inconsistent with terminology resource", "Inconsistent use of terminology", "Wrong term"],
  Accuracy: ["Mistranslation", "Overtranslation", "Undertranslation", "Addition", "Omission", "Do not translate", "Untranslated"],
  "Linguistic conventions": ["Grammar", "Punctuation", "Spelling", "Unintelligible", "Character encoding", "Textual conventions"],
  Style: [
    "Organization style", "Third-party style", "Inconsistent with external reference", "Language register", "Awkward style",
    "Unidiomatic style", "Inconsistent style",
  ],
  "Locale conventions": [
    "Number format", "Currency format", "Measurement format", "Time format", "Date format", "Address format", "Telephone format", "Shortcut key",
  ],
  "Design and markup": ["Layout", "Markup tag", "Truncation/text expansion", "Missing text", "Link/cross-reference"],
} as const satisfies Record<Category, readonly string[]>;

/**
 * "Dimension / Issue type", e.g. "Accuracy / Untranslated". MQM lets an issue sit on its dimension when none of
 * the dimension's types fits it, hence the bare dimension.
 */
export type MqmType = { [C in Category]: C | `${C} / ${(typeof MQM_TYPES)[C][number]}` }[Category];

/** Whether a check's flags always carry a suggestion, only some do, or none. */
export type Suggests = "always" | "sometimes" | "never";

export interface CheckParagraph {
  index: number;
  kind: ParagraphKind;
  text: string;
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
  /** Options by check id, parsed by each check's schema; a check read with `optionsOf` falls back to its defaults. */
  options: ReadonlyMap<string, unknown>;
  /** The Chinese original aligned with the paragraphs, when the article has one: the source-aware checks need it. */
  source?: AlignedSource | null;
}

export interface CheckExample {
  text: string;
  locale?: Locale;
  /** Other paragraphs of the same article, for article-wide checks. */
  article?: string[];
  /** Glossary entries in force, for checks that read the glossary. */
  glossary?: GlossaryTerm[];
  /** The Chinese original of `text`, aligned with it one to one, for the source-aware checks. */
  source?: string;
}

export interface Check<Options = unknown> {
  id: string;
  title: string;
  description: string;
  category: Category;
  /** Within `category`. */
  mqm: MqmType;
  defaultSeverity: Severity;
  suggests: Suggests;
  /** A paragraph an exclusive check flags gets no other check's flags: they would only restate what it says. */
  exclusive: boolean;
  /** Checks whose flags inside one of this check's say nothing more: a word of a Finnish sentence is no misspelling. */
  restates?: readonly string[];
  /** Message id → template in European Portuguese, with {name} placeholders filled from the flag's args. */
  messages: Record<string, string>;
  /** Validates `checks.<id>.options` in the configuration; its defaults are the check's behaviour out of the box. */
  options: z.ZodType<Options>;
  examples: { bad: CheckExample[]; good: CheckExample[] };
  run(paragraph: CheckParagraph, context: CheckContext): Flag[];
}
