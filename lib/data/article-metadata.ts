import type { Locale } from "@/lib/domain/locale";
import { ArticleArchivedError } from "./article-status";
import { prismaOf, type Db, type PrismaTx } from "./prisma-handle";
import { fromDbLocale, toDbLocale } from "./locale";

/** The fields an editor corrects after import; the title here is the stored one (see updateArticleMetadata). */
export interface ArticleMetadataFields {
  title: string;
  author: string | null;
  sourceName: string | null;
  sourceUrl: string | null;
  locale: Locale;
}

export type MetadataField = keyof ArticleMetadataFields;

export const METADATA_FIELDS: readonly MetadataField[] = ["title", "author", "sourceName", "sourceUrl", "locale"];

export type MetadataOutcome =
  | { ok: true; changed: MetadataField[] }
  | { ok: false; reason: "not_found" }
  | { ok: false; reason: "conflict"; fields: MetadataField[]; current: ArticleMetadataFields };

async function readFields(tx: Pick<PrismaTx, "article">, articleId: number) {
  const row = await tx.article.findUnique({
    where: { id: articleId },
    select: { title: true, author: true, sourceName: true, sourceUrl: true, locale: true, archivedAt: true, status: true },
  });
  if (!row) return null;
  const { archivedAt, locale, status, ...rest } = row;
  return { archived: archivedAt !== null, status, fields: { ...rest, locale: fromDbLocale(locale) } satisfies ArticleMetadataFields };
}

export async function getArticleMetadata(db: Db, { articleId }: { articleId: number }) {
  return readFields(prismaOf(db), articleId);
}

/**
 * Writes the fields that differ from what is stored, with one history event per field (old → new), in one
 * transaction. `expected` is what the editor's form showed: a field someone else changed meanwhile is refused
 * with the value it has now, so nobody's correction is overwritten unseen.
 */
export async function updateArticleMetadata(
  db: Db,
  { articleId, expected, next, userId }: { articleId: number; expected: ArticleMetadataFields; next: ArticleMetadataFields; userId: number },
): Promise<MetadataOutcome> {
  const prisma = prismaOf(db);
  return prisma.$transaction(async (tx) => {
    const stored = await readFields(tx, articleId);
    if (!stored) return { ok: false, reason: "not_found" } as const;
    if (stored.archived) throw new ArticleArchivedError();
    const wanted = METADATA_FIELDS.filter((f) => next[f] !== stored.fields[f]);
    const overtaken = wanted.filter((f) => expected[f] !== stored.fields[f]);
    if (overtaken.length > 0) return { ok: false, reason: "conflict", fields: overtaken, current: stored.fields } as const;
    if (wanted.length === 0) return { ok: true, changed: [] } as const;
    const data = Object.fromEntries(wanted.map((f) => [f, f === "locale" ? toDbLocale(next.locale) : next[f]]));
    const updated = await tx.article.updateMany({ where: { id: articleId, archivedAt: null }, data });
    if (updated.count === 0) throw new ArticleArchivedError();
    await tx.articleEvent.createMany({
      data: wanted.map((field) => ({ articleId, kind: "metadata" as const, field, oldValue: stored.fields[field], newValue: next[field], userId })),
    });
    return { ok: true, changed: wanted } as const;
  });
}

/** A title change made through the headline paragraph, recorded in the article's history as a title change. */
export async function recordTitleChange(db: Db, { articleId, oldTitle, newTitle, userId }: { articleId: number; oldTitle: string; newTitle: string; userId: number }) {
  const prisma = prismaOf(db);
  await prisma.articleEvent.create({ data: { articleId, kind: "metadata", field: "title", oldValue: oldTitle, newValue: newTitle, userId } });
}

/** The open-flag count the list filters on, as found by the article's latest check. */
export async function setArticleOpenFlags(db: Db, { articleId, openFlags }: { articleId: number; openFlags: number }) {
  const prisma = prismaOf(db);
  await prisma.article.updateMany({ where: { id: articleId }, data: { openFlags } });
}
