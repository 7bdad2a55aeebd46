import type { Db } from "@/lib/data/db";
import type { Refusal } from "@/lib/domain/refusal";
import { findCurrentSource, listBilingualParagraphs } from "@/lib/data/source-texts";
import { getArticleTexts } from "@/lib/data/articles";
import { bilingualDocument } from "@/lib/export/bilingual-units";
import { toTmx } from "@/lib/export/to-tmx";
import { toXliff12, toXliff2 } from "@/lib/export/to-xliff";

export const BILINGUAL_FORMATS = {
  xliff: { extension: "xlf", contentType: "application/xliff+xml; charset=utf-8", label: "XLIFF 2.0" },
  xliff12: { extension: "xlf", contentType: "application/xliff+xml; charset=utf-8", label: "XLIFF 1.2" },
  tmx: { extension: "tmx", contentType: "application/x-tmx+xml; charset=utf-8", label: "TMX 1.4b" },
} as const;

export type BilingualFormat = keyof typeof BILINGUAL_FORMATS;

export function isBilingualFormat(format: string | null | undefined): format is BilingualFormat {
  return typeof format === "string" && Object.hasOwn(BILINGUAL_FORMATS, format);
}

export type BilingualExport = { ok: true; body: string; fileName: string; contentType: string } | { ok: false; refusal: Refusal };

/** An article as XLIFF or TMX; null when there is no such article. */
export async function renderBilingualExport(db: Db, articleId: number, format: BilingualFormat, now = new Date()): Promise<BilingualExport | null> {
  const article = await getArticleTexts(db, articleId);
  if (!article) return null;
  const [paragraphs, source] = await Promise.all([listBilingualParagraphs({ db, articleId }), findCurrentSource({ db, articleId })]);
  const document = bilingualDocument(
    { id: articleId, locale: article.locale },
    paragraphs,
    source && { language: source.language, fileId: source.fileId, paragraphs: source.paragraphs, links: source.alignment.links },
  );
  const { extension, contentType } = BILINGUAL_FORMATS[format];
  const fileName = `article-${articleId}.${extension}`;
  if (format === "tmx") {
    if (document.machineSource) return { ok: false, refusal: { key: "tmxNeedsOriginal" } };
    return { ok: true, body: toTmx(document, now), fileName, contentType };
  }
  return { ok: true, body: format === "xliff" ? await toXliff2(document) : await toXliff12(document), fileName, contentType };
}
