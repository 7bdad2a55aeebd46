import type { Locale, ParagraphKind } from "@/lib/checks/types";
import { createArticle } from "@/lib/data/articles";
import type { Db } from "@/lib/data/db";
import { parseImport, type ImportError, type ImportInput, type ImportOptions } from "@/lib/import";

export type ImportOutcome =
  | { ok: true; id: number; title: string; counts: Record<ParagraphKind, number>; warnings: string[] }
  | { ok: false; error: ImportError };

export interface ImportRequest {
  input: ImportInput;
  options: ImportOptions;
  locale: Locale;
  userId: number | null;
  onProgress?: (stage: "parsing" | "saving", done: number, total: number) => void;
}

/** Parse, then store in one transaction: a refused or failed import leaves nothing behind. */
export async function importArticle(db: Db, request: ImportRequest): Promise<ImportOutcome> {
  const parsed = await parseImport(request.input, {
    ...request.options,
    onProgress: (done, total) => request.onProgress?.("parsing", done, total),
  });
  if (!parsed.ok) return parsed;
  const { article } = parsed;
  const title = article.title ?? "Untitled article";
  const created = await createArticle(
    db,
    {
      title,
      author: article.author,
      sourceName: article.sourceName,
      sourceUrl: article.sourceUrl,
      locale: request.locale,
      paragraphs: article.paragraphs,
    },
    request.userId,
    (done, total) => request.onProgress?.("saving", done, total),
  );
  return { ok: true, id: created.id, title, counts: created.counts, warnings: article.warnings };
}
