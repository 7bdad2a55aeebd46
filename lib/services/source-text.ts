import { alignArticle } from "@/lib/align/align-article";
import type { Link } from "@/lib/align/links";
import { detectScript, hanShare } from "@/lib/align/script";
import type { Db } from "@/lib/data/db";
import { createSourceText, findCurrentSource } from "@/lib/data/source-texts";
import { getArticleTexts } from "@/lib/data/articles";
import { parseImport, type ImportErrorCode, type ImportInput } from "@/lib/import";
import type { ImportWording } from "@/lib/import/wording";

/** Why an original was refused: the importer's reasons, plus two of its own. */
export type SourceRefusalCode = ImportErrorCode | "no_article" | "not_chinese";

export type AttachSourceResult =
  | { ok: true; sourceTextId: number; version: number; paragraphs: number; links: Link[]; language: string }
  /** Worded from the code (sourceRefusalText); an importer's refusal keeps its own wording too, with its values. */
  | { ok: false; code: SourceRefusalCode; wording?: ImportWording };

/** Below this share of Han characters among its letters, a text is not the Chinese original of anything. */
const MIN_HAN_SHARE = 0.5;

/**
 * Gives an article its Chinese original (pasted or a txt/html/md/docx file, read as the importer reads articles)
 * and aligns it automatically. A new original is a new version: the one before stays, and so does every
 * correction of the Portuguese.
 */
export async function attachSource({ db, articleId, input, userId }: { db: Db; articleId: number; input: ImportInput; userId: number | null }): Promise<AttachSourceResult> {
  const article = await getArticleTexts(db, articleId);
  if (!article) return { ok: false, code: "no_article" };
  let parsed = await parseImport(input, { title: "source" });
  // A Chinese original in GB18030 is what the importer asks an editor to confirm; for an original it is expected.
  if (!parsed.ok && parsed.error.code === "not_utf8" && parsed.error.detectedEncoding === "gb18030") parsed = await parseImport(input, { title: "source", encoding: "gb18030" });
  if (!parsed.ok) return { ok: false, code: parsed.error.code, wording: parsed.error.wording };
  const paragraphs = parsed.article.paragraphs.filter((p) => p.kind !== "boilerplate").map((p) => p.text);
  const all = paragraphs.join("\n");
  if (paragraphs.length === 0 || hanShare(all) < MIN_HAN_SHARE) {
    return { ok: false, code: "not_chinese" };
  }
  const targets = article.paragraphs.map((p) => ({ text: p.currentText, alignable: p.kind === "body" || p.kind === "heading" }));
  const links = alignArticle(paragraphs, targets, { brazilian: article.locale === "pt-BR" });
  const language = detectScript(all);
  const origin = input.kind === "text" ? "paste" : parsed.article.format;
  const created = await createSourceText({ db, articleId, language, origin, paragraphs, links, alignmentOrigin: "auto", userId });
  return { ok: true, sourceTextId: created.id, version: created.version, paragraphs: paragraphs.length, links, language };
}

/** The original and alignment the flagger reads, or undefined when the article has none. */
export async function sourceForFlags(db: Db, articleId: number): Promise<{ paragraphs: string[]; links: Link[] } | undefined> {
  const source = await findCurrentSource({ db, articleId });
  return source ? { paragraphs: source.paragraphs, links: source.alignment.links } : undefined;
}
