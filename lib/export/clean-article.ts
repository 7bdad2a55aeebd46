import { findHeadline } from "./headline";
import type { ExportArticle, ReviewStatus } from "./types";

export interface CleanBlock {
  kind: "heading" | "body";
  text: string;
  position: number;
  status: ReviewStatus;
}

export interface CleanHeader {
  title: string;
  author: string | null;
  source: string | null;
  sourceUrl: string | null;
  locale: string;
  /** Metadata lines of the article (byline, source line) that say something the fields above do not. */
  extra: string[];
}

export interface CleanArticle {
  header: CleanHeader;
  blocks: CleanBlock[];
}

/**
 * The article as it will be published: final texts of body and heading paragraphs in order;
 * boilerplate and excluded paragraphs left out; metadata moved to the header. The headline paragraph
 * becomes the title, in its corrected wording, and is not repeated in the body.
 */
export function cleanArticle(article: ExportArticle): CleanArticle {
  const ordered = [...article.paragraphs].sort((a, b) => a.position - b.position);
  const headline = findHeadline(article.title, ordered);
  const title = headline?.text.trim() || article.title.trim();
  const published = ordered.filter((p) => p !== headline && !p.excluded);
  const known = [article.author, article.sourceName].filter((v): v is string => Boolean(v?.trim()));
  const extra = published
    .filter((p) => p.kind === "metadata")
    .map((p) => p.text.trim())
    .filter((line) => line && !known.some((value) => line.includes(value.trim())));
  const blocks: CleanBlock[] = [];
  for (const p of published) {
    if (p.kind !== "body" && p.kind !== "heading") continue;
    const text = p.text.trim();
    if (!text) continue;
    // A headline typed again as the first heading would print the title twice.
    if (blocks.length === 0 && text === title) continue;
    blocks.push({ kind: p.kind, text, position: p.position, status: p.status });
  }
  return {
    header: {
      title,
      author: article.author?.trim() || null,
      source: article.sourceName?.trim() || null,
      sourceUrl: article.sourceUrl?.trim() || null,
      locale: article.locale,
      extra,
    },
    blocks,
  };
}
