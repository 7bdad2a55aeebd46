import { detectLocale, type LocaleEvidence } from "@/lib/checks/detect-locale";
import { findDuplicateArticles, type DuplicateArticle } from "@/lib/data/article-duplicates";
import { createArticle } from "@/lib/data/articles";
import type { Db } from "@/lib/data/db";
import { catalogueTranslator } from "@/lib/i18n/catalogue-translator";
import type { ImportError, ImportInput, ImportOptions, ImportWording } from "@/lib/import";
import { articleTextHash } from "@/lib/import/article-text-hash";
import type { Locale, ParagraphKind } from "@/lib/domain";
import { parseImportOffThread } from "./parse-import-off-thread";

/** The locale the article got, and what the text itself says. */
export interface LocaleChoice {
  chosen: Locale;
  /** Detected from the text; null when it shows no marker of either variant. */
  detected: Locale | null;
  evidence: LocaleEvidence[];
  /** The reviewer chose a locale the text contradicts. */
  mismatch: boolean;
}

export type ImportOutcome =
  | { ok: true; id: number; title: string; counts: Record<ParagraphKind, number>; warnings: ImportWording[]; locale: LocaleChoice }
  | { ok: false; error: ImportError };

/** Stored nothing: the same machine text or source URL is already there (only when the request asked to check). */
export type DuplicateOutcome = { ok: false; duplicates: DuplicateArticle[] };


/** "detect" takes the variant the text shows (European when it shows none); a chosen locale is kept, with a warning when the text reads as the other. */
export function chooseLocale(requested: Locale | "detect", texts: string[]): LocaleChoice {
  const guess = detectLocale(texts);
  const chosen = requested === "detect" ? (guess.locale ?? "pt-PT") : requested;
  const mismatch = requested !== "detect" && guess.locale !== null && guess.locale !== requested;
  return { chosen, detected: guess.locale, evidence: guess.evidence, mismatch };
}

export function localeWarning(choice: LocaleChoice): ImportWording | null {
  if (!choice.mismatch || !choice.detected) return null;
  const words = choice.evidence.filter((e) => e.locale === choice.detected).slice(0, 4).map((e) => `«${e.form}»`).join(", ");
  // ICU selectors cannot hold a hyphen: the variants are named, not coded.
  const variant = (locale: Locale) => (locale === "pt-BR" ? "brazilian" : "european");
  return { key: "warnings.localeMismatch", values: { detected: variant(choice.detected), chosen: variant(choice.chosen), words } };
}

export interface ImportRequest {
  input: ImportInput;
  options: ImportOptions;
  locale: Locale | "detect";
  userId: number | null;
  /** Look for the same article first (the import page does, and lets the user go on on purpose). */
  checkDuplicates?: boolean;
  onProgress?: (stage: "parsing" | "saving", done: number, total: number) => void;
}

/** Parse, then store in one transaction: a refused or failed import leaves nothing behind. */
export async function importArticle(db: Db, request: ImportRequest & { checkDuplicates?: false }): Promise<ImportOutcome>;
export async function importArticle(db: Db, request: ImportRequest): Promise<ImportOutcome | DuplicateOutcome>;
export async function importArticle(db: Db, request: ImportRequest): Promise<ImportOutcome | DuplicateOutcome> {
  const parsed = await parseImportOffThread(request.input, {
    ...request.options,
    onProgress: (done, total) => request.onProgress?.("parsing", done, total),
  });
  if (!parsed.ok) return parsed;
  const { article } = parsed;
  if (request.checkDuplicates) {
    const duplicates = await findDuplicateArticles(db, { textHash: articleTextHash(article.paragraphs.map((p) => p.text)), sourceUrl: article.sourceUrl });
    if (duplicates.length > 0) return { ok: false, duplicates };
  }
  const locale = chooseLocale(request.locale, article.paragraphs.filter((p) => p.kind !== "boilerplate").map((p) => p.text));
  // The title is the article's, in every export too: a missing one is worded in the article's variant, whoever imports it.
  const title = article.title ?? catalogueTranslator(locale.chosen, "import.server")("untitled");
  const warning = localeWarning(locale);
  const created = await createArticle(
    db,
    {
      title,
      author: article.author,
      sourceName: article.sourceName,
      sourceUrl: article.sourceUrl,
      locale: locale.chosen,
      paragraphs: article.paragraphs,
    },
    request.userId,
    (done, total) => request.onProgress?.("saving", done, total),
  );
  return { ok: true, id: created.id, title, counts: created.counts, warnings: warning ? [...article.warnings, warning] : article.warnings, locale };
}
