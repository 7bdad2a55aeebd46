import { alignSource } from "@/lib/checks/source-context";
import { namePairs, type NamePair } from "@/lib/checks/source-name-pairs";
import type { Db } from "@/lib/data/db";
import { glossaryTermsFor } from "@/lib/data/glossary";
import { findCurrentSource, type AlignmentOrigin } from "@/lib/data/source-texts";
import type { Locale } from "@/lib/domain";

/** The source side of one target paragraph, as the workspace shows it above the machine text. */
export interface ParagraphSource {
  /** The link's source paragraphs joined by a line break. */
  text: string;
  names: NamePair[];
  /** Numbers (from 1) of the target paragraphs that share this source; the first of them shows it in full. */
  linkedNumbers: number[];
}

export interface WorkspaceSource {
  version: number;
  language: string;
  alignment: { version: number; origin: AlignmentOrigin; createdBy: string | null; createdAt: Date };
  /** By paragraph id; a paragraph outside the alignment (site text, an addition) has none. */
  byParagraph: Record<number, ParagraphSource>;
  /** Source paragraphs no target paragraph renders. */
  untranslated: number;
}

interface ArticleForSource {
  id: number;
  locale: Locale;
  paragraphs: { id: number; currentText: string }[];
}

/** The original in force laid over the article's paragraphs, with the names both sides share; null without one. */
export async function workspaceSource(db: Db, article: ArticleForSource): Promise<WorkspaceSource | null> {
  const [source, glossary] = await Promise.all([findCurrentSource({ db, articleId: article.id }), glossaryTermsFor(db, article.locale)]);
  if (!source) return null;
  const texts = article.paragraphs.map((p) => p.currentText);
  const aligned = alignSource({ paragraphs: source.paragraphs, links: source.alignment.links }, texts);
  const byParagraph: Record<number, ParagraphSource> = {};
  const pairs = new Map<object, NamePair[]>();
  aligned.byTarget.forEach((segment, position) => {
    if (!segment) return;
    if (!pairs.has(segment)) pairs.set(segment, namePairs(segment, segment.targets.map((t) => texts[t]), glossary));
    byParagraph[article.paragraphs[position].id] = { text: segment.text, names: pairs.get(segment)!, linkedNumbers: segment.targets.map((t) => t + 1) };
  });
  const { version, origin, createdBy, createdAt } = source.alignment;
  return { version: source.version, language: source.language, alignment: { version, origin, createdBy, createdAt }, byParagraph, untranslated: aligned.untranslated.length };
}
