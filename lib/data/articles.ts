import { currentTitleOfStored } from "@/lib/export/headline";
import { articleTextHash } from "@/lib/import/article-text-hash";
import { prismaOf, type Db } from "./prisma-handle";
import { fromDbLocale, toDbLocale } from "./locale";
import type { ArticleMeta, ParagraphKind } from "@/lib/domain";

export interface NewArticle extends ArticleMeta {
  paragraphs: { kind: ParagraphKind; text: string }[];
}

export interface CreatedArticle {
  id: number;
  counts: Record<ParagraphKind, number>;
}

// Bounded batches keep one huge import from building a single enormous statement.
const INSERT_BATCH = 500;

/**
 * Creates the article, its paragraphs and their first revisions in one transaction: an import that
 * fails half-way leaves nothing visible.
 */
export async function createArticle(
  db: Db,
  input: NewArticle,
  createdById: number | null,
  onProgress?: (done: number, total: number) => void,
): Promise<CreatedArticle> {
  const prisma = prismaOf(db);
  const total = input.paragraphs.length;
  const id = await prisma.$transaction(
    async (tx) => {
      const article = await tx.article.create({
        data: {
          title: input.title,
          author: input.author,
          sourceName: input.sourceName,
          sourceUrl: input.sourceUrl,
          locale: toDbLocale(input.locale),
          textHash: articleTextHash(input.paragraphs.map((p) => p.text)),
          createdById,
        },
        select: { id: true },
      });
      for (let from = 0; from < total; from += INSERT_BATCH) {
        const batch = input.paragraphs.slice(from, from + INSERT_BATCH);
        const created = await tx.paragraph.createManyAndReturn({
          data: batch.map((p, i) => ({
            articleId: article.id,
            position: from + i,
            kind: p.kind,
            machineText: p.text,
            currentText: p.text,
            updatedById: createdById,
          })),
          select: { id: true, currentText: true },
        });
        await tx.revision.createMany({
          data: created.map((p) => ({ paragraphId: p.id, version: 1, text: p.currentText, kind: "import", authorId: createdById })),
        });
        onProgress?.(Math.min(from + INSERT_BATCH, total), total);
      }
      return article.id;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  const counts: Record<ParagraphKind, number> = { body: 0, heading: 0, metadata: 0, boilerplate: 0 };
  for (const p of input.paragraphs) counts[p.kind]++;
  return { id, counts };
}

export async function getArticle(db: Db, id: number) {
  const prisma = prismaOf(db);
  const article = await prisma.article.findUnique({
    where: { id },
    include: {
      createdBy: { select: { name: true } },
      paragraphs: {
        orderBy: { position: "asc" },
        include: { updatedBy: { select: { name: true } }, approvedBy: { select: { name: true } } },
      },
    },
  });
  if (!article) return null;
  return {
    ...article,
    title: currentTitleOfStored(article.title, article.paragraphs),
    /** The headline as imported, which finds the headline paragraph among live paragraphs. */
    importedTitle: article.title,
    locale: fromDbLocale(article.locale),
  };
}

export type ArticleWithParagraphs = NonNullable<Awaited<ReturnType<typeof getArticle>>>;
export type StoredParagraph = ArticleWithParagraphs["paragraphs"][number];

/** What the flagger needs: the current texts in order, without history or people. */
export async function getArticleTexts(db: Db, id: number) {
  const prisma = prismaOf(db);
  const article = await prisma.article.findUnique({
    where: { id },
    select: {
      id: true,
      locale: true,
      paragraphs: { orderBy: { position: "asc" }, select: { id: true, kind: true, currentText: true } },
    },
  });
  return article ? { ...article, locale: fromDbLocale(article.locale) } : null;
}

/** The machine translation in order (it never changes after import). */
export async function getArticleMachineTexts(db: Db, id: number) {
  const prisma = prismaOf(db);
  const article = await prisma.article.findUnique({
    where: { id },
    select: { id: true, locale: true, paragraphs: { orderBy: { position: "asc" }, select: { kind: true, machineText: true } } },
  });
  return article ? { ...article, locale: fromDbLocale(article.locale) } : null;
}

/** The articles with exactly this title and how many paragraphs each holds: how a crash test finds half an import. */
export async function listArticlesTitled(db: Db, { title }: { title: string }): Promise<{ id: number; paragraphs: number }[]> {
  const prisma = prismaOf(db);
  const articles = await prisma.article.findMany({ where: { title }, orderBy: { id: "asc" }, select: { id: true, _count: { select: { paragraphs: true } } } });
  return articles.map((a) => ({ id: a.id, paragraphs: a._count.paragraphs }));
}
