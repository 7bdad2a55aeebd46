import { parseMetadataLine } from "@/lib/import/metadata";
import { findHeadline } from "./headline";
import type { ExportArticle } from "./types";
import type { ReviewStatus } from "@/lib/domain";

export interface CleanBlock {
  kind: "heading" | "body";
  text: string;
  position: number;
  status: ReviewStatus;
}

export interface CleanHeader {
  title: string;
  author: string | null;
  /** The date a byline or a "Publicado em" line gives. */
  date: string | null;
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
  const { date, extra } = metadataLines(article, published.filter((p) => p.kind === "metadata").map((p) => p.text.trim()));
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
      date,
      source: article.sourceName?.trim() || null,
      sourceUrl: article.sourceUrl?.trim() || null,
      locale: article.locale,
      extra,
    },
    blocks,
  };
}

/**
 * The date the metadata lines give, and the lines that say something the header fields do not. A byline
 * whose name is the author and whose date is the date is said by the header already.
 */
function metadataLines(article: ExportArticle, lines: string[]): { date: string | null; extra: string[] } {
  const known = [article.author, article.sourceName].filter((v): v is string => Boolean(v?.trim())).map((v) => v.trim());
  const parsed = lines.map((line) => ({ line, meta: parseMetadataLine(line) }));
  const date = parsed.map(({ meta }) => meta?.date ?? (meta && meta.field === null ? meta.value : null)).find(Boolean) ?? null;
  const said = (meta: ReturnType<typeof parseMetadataLine>) =>
    meta !== null && (meta.field === null ? meta.value === date : known.includes(meta.value) && (!meta.date || meta.date === date));
  const extra = parsed
    .filter(({ line, meta }) => line && !said(meta) && !known.some((value) => line.includes(value)))
    .map(({ line }) => line);
  return { date, extra };
}
