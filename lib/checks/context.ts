import type { Check, CheckContext, CheckParagraph } from "@/lib/checks/types";
import { PORTUGUESE_FUNCTION_WORDS } from "@/lib/lang/pt/portuguese-function-words";
import { findNameSpans, type NameSpan } from "@/lib/text/names";
import { alignSource, type SourceInput } from "@/lib/checks/source-context";
import type { GlossaryTerm } from "@/lib/glossary/types";
import type { Locale, ParagraphKind } from "@/lib/domain";
import type { Speller } from "@/lib/text/speller";

export interface ArticleInput {
  locale: Locale;
  paragraphs: { kind: ParagraphKind; text: string }[];
  glossary?: GlossaryTerm[];
  /** Words the spelling check accepts here: ignored in this article or added to the installation's dictionary. */
  acceptedWords?: readonly string[];
  /** The Chinese original and its alignment with `paragraphs`, when the article has one. */
  source?: SourceInput;
}

/** Article-wide facts every check may read, computed once per article (name spans included). */
export function buildContext(
  article: ArticleInput,
  speller: Speller | null,
  english: Speller | null = null,
  options: ReadonlyMap<string, unknown> = new Map(),
): CheckContext {
  const paragraphs: CheckParagraph[] = article.paragraphs.map((p, index) => ({ index, kind: p.kind, text: p.text }));
  const isCommonWord = (word: string) => {
    const lower = word.toLowerCase();
    return PORTUGUESE_FUNCTION_WORDS.has(lower) || (speller !== null && speller.correct(lower));
  };
  return {
    locale: article.locale,
    paragraphs,
    names: findNameSpans(paragraphs, isCommonWord),
    glossary: article.glossary ?? [],
    speller,
    english,
    acceptedWords: new Set((article.acceptedWords ?? []).map((w) => w.toLowerCase())),
    options,
    source: article.source ? alignSource(article.source, paragraphs.map((p) => p.text)) : null,
  };
}

const defaults = new WeakMap<Check, unknown>();

/** The options a check runs with when the configuration gives none. */
export function defaultOptions<Options>(check: Check<Options>): Options {
  if (!defaults.has(check)) defaults.set(check, check.options.parse({}));
  return defaults.get(check) as Options;
}

/** A check's options in this context: as configured, or its defaults (a check run on its own, as tests do). */
export function optionsOf<Options>(check: Check<Options>, context: CheckContext): Options {
  return context.options.has(check.id) ? (context.options.get(check.id) as Options) : defaultOptions(check);
}

/** Builds the context a check example describes: the example paragraph last, after its article siblings. */
export function exampleContext(text: string, locale: Locale = "pt-PT", article: string[] = [], speller: Speller | null = null, glossary: GlossaryTerm[] = [], english: Speller | null = null, source?: string) {
  // A source example's first paragraph is aligned with the example paragraph alone (its siblings have none); any
  // further source paragraph, after a blank line, is left untranslated.
  const sources = source?.split(/\n\s*\n/) ?? [];
  const links = [
    ...article.map((_, t) => ({ source: [], target: [t] })),
    { source: [0], target: [article.length] },
    ...sources.slice(1).map((_, i) => ({ source: [i + 1], target: [] })),
  ];
  const context = buildContext(
    { locale, glossary, paragraphs: [...article, text].map((t) => ({ kind: "body" as const, text: t })), source: source === undefined ? undefined : { paragraphs: sources, links } },
    speller,
    english,
  );
  return { context, paragraph: context.paragraphs[context.paragraphs.length - 1] };
}

const byParagraph = new WeakMap<NameSpan[], Map<number, NameSpan[]>>();

/** The article's name spans that lie in one paragraph, indexed once per article. */
export function namesOfParagraph(context: CheckContext, paragraphIndex: number): NameSpan[] {
  let index = byParagraph.get(context.names);
  if (!index) {
    index = new Map();
    for (const span of context.names) {
      const list = index.get(span.paragraph);
      if (list) list.push(span);
      else index.set(span.paragraph, [span]);
    }
    byParagraph.set(context.names, index);
  }
  return index.get(paragraphIndex) ?? [];
}
