import { CHECKS, loadFlagger, type Flagger } from "@/lib/checks";
import { loadFlaggerConfig } from "@/lib/checks/config";
import { getArticleTexts } from "@/lib/data/articles";
import type { Db } from "@/lib/data/db";
import { listArticleDismissals, type DismissalView } from "@/lib/data/dismissals";
import { dictionaryWordsFor } from "@/lib/data/dictionary";
import { glossaryTermsFor } from "@/lib/data/glossary";
import { listIgnoredWords, type IgnoredWordView } from "@/lib/data/ignored-words";
import { partitionFlags } from "@/lib/review/partition-flags";
import type { StoppedCheck } from "@/lib/workers/protocol";
import { cachedFlags } from "./flag-cache";
import { sourceForFlags } from "./source-text";
import type { Flag, Locale, ParagraphKind } from "@/lib/domain";
import type { GlossaryTerm } from "@/lib/glossary/types";
import { flaggerConfigPath } from "@/lib/config";

const cache = globalThis as unknown as { __lapidarFlagger?: Promise<Flagger> };

/** One flagger per process: the dictionaries load once (about a second), checks then run synchronously. */
export function getFlagger(): Promise<Flagger> {
  const configPath = flaggerConfigPath();
  cache.__lapidarFlagger ??= loadFlagger({ config: configPath ? loadFlaggerConfig(configPath, CHECKS) : undefined }).catch((error) => {
    cache.__lapidarFlagger = undefined;
    throw error;
  });
  return cache.__lapidarFlagger;
}

export interface ReviewFlags {
  /** Open flags by paragraph id. */
  flags: Record<number, Flag[]>;
  /** Checks that ran out of time or memory on a paragraph, which therefore has none of their flags. */
  stopped: StoppedCheckView[];
  dismissals: DismissalView[];
  ignoredWords: IgnoredWordView[];
  checkedInMs: number;
}

/** A stopped check, its paragraph named by id and by its number in the article (from 1). */
export interface StoppedCheckView extends Omit<StoppedCheck, "paragraph"> {
  paragraphId: number;
  paragraphNumber: number;
}

interface ArticleForFlags {
  id: number;
  locale: Locale;
  paragraphs: { id: number; kind: ParagraphKind; currentText: string }[];
}

async function spellingWords(db: Db, article: { id: number; locale: Locale }) {
  const [ignoredWords, dictionary] = await Promise.all([listIgnoredWords(db, article.id), dictionaryWordsFor(db, article.locale)]);
  // Sorted: the flag cache keys on the list, and the same words must give the same key.
  const acceptedWords = [...new Set([...ignoredWords.map((w) => w.word), ...dictionary])].sort();
  return { ignoredWords, acceptedWords };
}

/** What the spelling check accepts in an article: the words ignored in it and the dictionary's for its locale. */
export async function acceptedWordsFor(db: Db, article: { id: number; locale: Locale }): Promise<string[]> {
  return (await spellingWords(db, article)).acceptedWords;
}

/**
 * Runs every check, the glossary's included, over the article's current texts and leaves out what
 * reviewers dismissed or accepted as spelt right.
 */
export async function reviewFlags(db: Db, article: ArticleForFlags): Promise<ReviewFlags & { glossary: GlossaryTerm[] }> {
  const [dismissals, glossary, { ignoredWords, acceptedWords }, source] = await Promise.all([
    listArticleDismissals(db, article.id),
    glossaryTermsFor(db, article.locale),
    spellingWords(db, article),
    sourceForFlags(db, article.id),
  ]);
  const started = performance.now();
  const outcome = await cachedFlags(`current:${article.id}`, {
    locale: article.locale,
    paragraphs: article.paragraphs.map((p) => ({ kind: p.kind, text: p.currentText })),
    glossary,
    acceptedWords,
    source,
  });
  const ids = article.paragraphs.map((p) => p.id);
  const { open } = partitionFlags(ids, outcome.flags, dismissals);
  const stopped = outcome.stopped.map(({ paragraph, ...rest }) => ({ ...rest, paragraphId: ids[paragraph], paragraphNumber: paragraph + 1 }));
  return { flags: open, stopped, dismissals, ignoredWords, glossary, checkedInMs: Math.round(performance.now() - started) };
}

/** How many flags the machine translation had: the "found" of the review panel's progress. */
export async function machineFlagCount(db: Db, article: { id: number; locale: Locale; paragraphs: { kind: ParagraphKind; machineText: string }[] }): Promise<number> {
  const [glossary, acceptedWords] = await Promise.all([glossaryTermsFor(db, article.locale), acceptedWordsFor(db, article)]);
  const { flags } = await cachedFlags(`machine:${article.id}`, {
    locale: article.locale,
    glossary,
    acceptedWords,
    paragraphs: article.paragraphs.map((p) => ({ kind: p.kind, text: p.machineText })),
  });
  return flags.reduce((sum, list) => sum + list.length, 0);
}

/**
 * Flags a freshly imported article ahead of its first opening: the machine text and the current
 * text are the same then, so one run fills both cache slots.
 */
export async function warmArticleFlags(db: Db, articleId: number): Promise<void> {
  const article = await getArticleTexts(db, articleId);
  if (!article) return;
  const [glossary, acceptedWords] = await Promise.all([glossaryTermsFor(db, article.locale), acceptedWordsFor(db, article)]);
  const input = { locale: article.locale, glossary, acceptedWords, paragraphs: article.paragraphs.map((p) => ({ kind: p.kind, text: p.currentText })) };
  const outcome = cachedFlags(`current:${article.id}`, input);
  await cachedFlags(`machine:${article.id}`, input, () => outcome);
}
