import { oneToOne } from "@/lib/align/edit-links";
import type { Link } from "@/lib/align/links";
import { detectScript, hanShare } from "@/lib/align/script";
import { createArticle } from "@/lib/data/articles";
import type { Db } from "@/lib/data/db";
import { createSourceText, setParagraphUnitIds } from "@/lib/data/source-texts";
import type { Locale, ParagraphKind } from "@/lib/domain";
import { parseXliff, XliffError, type XliffErrorCode } from "@/lib/import/xliff";

export type XliffImportResult =
  | { ok: true; id: number; title: string; locale: Locale; units: number; paragraphs: number; source: "zh" | "none" }
  | { ok: false; code: XliffErrorCode };

/** Headlines are short and end without a full stop; the first unit usually is one. */
const HEADLINE = /^[^.!?]{1,200}$/;

/**
 * Imports a CAT tool's XLIFF (1.2 or 2.0): the targets become the article, each keeping its unit id; a Chinese
 * source becomes the article's original, aligned unit by unit. A file whose source is not Chinese (Lapidar's own
 * export of an article without an original) imports its targets alone.
 */
export async function importXliffArticle({ db, xml, userId }: { db: Db; xml: string; userId: number | null }): Promise<XliffImportResult> {
  let file;
  try {
    file = await parseXliff(xml);
  } catch (error) {
    if (error instanceof XliffError) return { ok: false, code: error.code };
    throw error;
  }
  const locale: Locale = /^pt-BR$/i.test(file.targetLanguage ?? file.sourceLanguage) ? "pt-BR" : "pt-PT";
  const paragraphs: { kind: ParagraphKind; text: string; unitId: string | null }[] = [];
  const links: Link[] = [];
  const sources: string[] = [];
  for (const unit of file.units) {
    const target = unit.targets.map((text, i) => {
      paragraphs.push({ kind: paragraphs.length === 0 && HEADLINE.test(text) ? "heading" : "body", text, unitId: i === 0 ? unit.id : null });
      return paragraphs.length - 1;
    });
    // A unit without source text (a byline the original lacks) is a target paragraph with no counterpart.
    if (unit.source.length > 0) sources.push(unit.source);
    links.push({ source: unit.source.length > 0 ? [sources.length - 1] : [], target });
  }
  const chinese = /^zh/i.test(file.sourceLanguage) && hanShare(sources.join("")) >= 0.5;
  const title = paragraphs[0].text.slice(0, 300);
  const created = await createArticle(db, { title, author: null, sourceName: null, sourceUrl: null, locale, paragraphs: paragraphs.map(({ kind, text }) => ({ kind, text })) }, userId);
  await setParagraphUnitIds({ db, articleId: created.id, unitIds: paragraphs.map((p) => p.unitId) });
  if (chinese) {
    await createSourceText({
      db,
      articleId: created.id,
      language: detectScript(sources.join("")),
      origin: "xliff",
      fileId: file.fileId,
      paragraphs: sources,
      links: links.every((l) => l.target.length === 1 && l.source.length === 1) ? oneToOne(sources.length) : links,
      alignmentOrigin: "xliff",
      userId,
    });
  }
  return { ok: true, id: created.id, title, locale, units: file.units.length, paragraphs: paragraphs.length, source: chinese ? "zh" : "none" };
}
