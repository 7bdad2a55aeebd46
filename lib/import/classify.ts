import { detectBoilerplate } from "./boilerplate";
import { parseMetadataLine } from "./metadata";
import type { Block, SplitArticle } from "./types";
import type { ParagraphKind } from "@/lib/domain";

export interface ClassifyOptions {
  /** Plain text has no markup, so its section headings are recognised by shape. */
  inferHeadings: boolean;
}

/** Turns paragraph candidates into the paragraphs an import stores, and fills the article fields. */
export function classifyBlocks(blocks: Block[], { inferHeadings }: ClassifyOptions): SplitArticle {
  const kept = blocks.map((block) => ({ ...block, text: block.text.trim() })).filter((block) => block.text);
  const reasons = detectBoilerplate(
    kept.map((block) => block.text),
    kept.map((block) => (block.hint?.kind === "boilerplate" ? block.hint.reason : null)),
  );
  const article: SplitArticle = { title: null, author: null, sourceName: null, sourceUrl: null, paragraphs: [] };

  for (const [i, block] of kept.entries()) {
    const metadata = block.hint?.kind === "boilerplate" ? null : parseMetadataLine(block.text);
    if (metadata?.field) article[metadata.field] ??= metadata.value;
    article.paragraphs.push({ kind: kindOf(block, metadata !== null, reasons[i], inferHeadings), text: block.text });
  }

  markTitle(article, kept);
  return article;
}

function kindOf(block: Block, isMetadata: boolean, reason: string | null, inferHeadings: boolean): ParagraphKind {
  if (block.hint?.kind === "boilerplate") return "boilerplate";
  if (isMetadata) return "metadata";
  if (reason) return "boilerplate";
  if (block.hint?.kind === "heading") return "heading";
  return inferHeadings && isSectionHeading(block.text) ? "heading" : "body";
}

/**
 * The title is the first top-level heading when the markup has one; otherwise the first content
 * paragraph, when it reads as a headline (short, one line, no final full stop) and nothing but
 * metadata or boilerplate precedes it.
 */
function markTitle(article: SplitArticle, blocks: Block[]): void {
  const levels = blocks.map((block, i) =>
    block.hint?.kind === "heading" && article.paragraphs[i].kind === "heading" ? block.hint.level : Infinity,
  );
  // A reduce, not Math.min(...levels): spreading a hundred thousand blocks overflows the call stack.
  const top = levels.reduce((a, b) => Math.min(a, b), Infinity);
  const marked = levels.indexOf(top);
  if (top !== Infinity) {
    article.title = article.paragraphs[marked].text;
    return;
  }
  const first = article.paragraphs.findIndex((paragraph) => paragraph.kind === "body" || paragraph.kind === "heading");
  if (first >= 0 && isHeadline(article.paragraphs[first].text)) {
    article.paragraphs[first].kind = "heading";
    article.title = article.paragraphs[first].text;
  }
}

const NO_FINAL_STOP = /[^.;:,…]$/;

function isHeadline(text: string): boolean {
  return !text.includes("\n") && text.length <= 200 && wordCount(text) <= 30 && NO_FINAL_STOP.test(text);
}

/** "1. Investidores prudentes", "II) O mercado", or a short capitalised line with no punctuation at all. */
function isSectionHeading(text: string): boolean {
  if (text.includes("\n") || text.length > 120 || !NO_FINAL_STOP.test(text)) return false;
  if (/^(\d{1,2}|[IVXLC]{1,5})[.)]\s+\p{Lu}/u.test(text)) return wordCount(text) <= 16;
  return /^\p{Lu}/u.test(text) && wordCount(text) <= 10 && !/[!?"”»]$/.test(text);
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
