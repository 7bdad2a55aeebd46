import { getArticleTexts } from "@/lib/data/articles";
import type { Db } from "@/lib/data/db";
import { findCurrentSource, type AlignmentOrigin } from "@/lib/data/source-texts";
import type { Flag, ParagraphKind } from "@/lib/domain";
import { reviewFlags } from "./review-flags";

export interface AlignmentRow {
  source: { position: number; text: string }[];
  target: { position: number; kind: ParagraphKind; text: string }[];
  /** The open flags of the source-aware checks on the link's target paragraphs, as the alignment stands. */
  flags: Flag[];
}

export interface AlignmentView {
  articleId: number;
  locale: string;
  source: { version: number; language: string; origin: string; createdBy: string | null; createdAt: Date };
  alignment: { version: number; origin: AlignmentOrigin; createdBy: string | null; createdAt: Date };
  rows: AlignmentRow[];
}

/** The alignment in force, link by link with both sides' texts and what the source-aware checks find with it. */
export async function alignmentView(db: Db, articleId: number): Promise<AlignmentView | null> {
  const [article, source] = await Promise.all([getArticleTexts(db, articleId), findCurrentSource({ db, articleId })]);
  if (!article || !source) return null;
  const review = await reviewFlags(db, article);
  const rows = source.alignment.links.map((link) => ({
    source: link.source.map((position) => ({ position, text: source.paragraphs[position] ?? "" })),
    target: link.target.flatMap((position) => {
      const paragraph = article.paragraphs[position];
      return paragraph ? [{ position, kind: paragraph.kind, text: paragraph.currentText }] : [];
    }),
    flags: link.target.flatMap((position) => (review.flags[article.paragraphs[position]?.id] ?? []).filter((f) => f.check.startsWith("source-"))),
  }));
  const { version, language, origin, createdBy, createdAt } = source;
  return { articleId, locale: article.locale, source: { version, language, origin, createdBy, createdAt }, alignment: { version: source.alignment.version, origin: source.alignment.origin, createdBy: source.alignment.createdBy, createdAt: source.alignment.createdAt }, rows };
}
