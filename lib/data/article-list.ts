import type { ArticleStatus } from "@/lib/domain/article-status";
import type { Locale } from "@/lib/domain/locale";
import { ARTICLE_PAGE_SIZE, articleListQuerySchema, searchTermsOf, sortDirection, type ArticleListQuery } from "@/lib/validation/article-list";
import { withCurrentTitles } from "./article-titles";
import { prismaOf, type Db } from "./prisma-handle";
import type { Prisma } from "./generated/prisma/client";
import { fromDbLocale, toDbLocale } from "./locale";

export interface ArticlePageItem {
  id: number;
  title: string;
  sourceName: string | null;
  locale: Locale;
  status: ArticleStatus;
  archived: boolean;
  openFlags: number | null;
  paragraphCount: number;
  approvedPercent: number;
  assignees: string[];
  updatedAt: Date;
  updatedBy: string | null;
}

export interface ArticlePage {
  items: ArticlePageItem[];
  total: number;
  page: number;
  pageCount: number;
}

function whereOf(query: ArticleListQuery, userId: number): Prisma.ArticleWhereInput {
  const and: Prisma.ArticleWhereInput[] = [];
  if (query.archived === "only") and.push({ archivedAt: { not: null } });
  else if (query.archived !== "include") and.push({ archivedAt: null });
  if (query.status === "waiting") and.push({ status: { in: ["new", "in_review"] } });
  else if (query.status) and.push({ status: query.status });
  if (query.locale) and.push({ locale: toDbLocale(query.locale) });
  if (query.assignee === "none") and.push({ assignments: { none: {} } });
  else if (query.assignee !== undefined) and.push({ assignments: { some: { userId: query.assignee === "me" ? userId : query.assignee } } });
  if (query.flags === "open") and.push({ openFlags: { gt: 0 } });
  if (query.flags === "none") and.push({ openFlags: 0 });
  // ILIKE on both databases; the headline's corrected text is a paragraph, so the title as it reads now is searched too.
  // Prisma passes `contains` into LIKE as it is: % and _ are escaped so that they match themselves.
  for (const term of searchTermsOf(query.q)) {
    const text = { contains: term.replace(/[\\%_]/g, "\\$&"), mode: "insensitive" } as const;
    and.push({ OR: [{ title: text }, { sourceName: text }, { author: text }, { paragraphs: { some: { currentText: text } } }] });
  }
  return { AND: and };
}

function orderOf(query: ArticleListQuery): Prisma.ArticleOrderByWithRelationInput[] {
  const dir = sortDirection(query);
  const by: Record<ArticleListQuery["sort"], Prisma.ArticleOrderByWithRelationInput> = {
    updated: { updatedAt: dir },
    created: { createdAt: dir },
    title: { title: dir },
    status: { status: dir },
    flags: { openFlags: { sort: dir, nulls: "last" } },
  };
  return [by[query.sort], { id: dir }];
}

/** One page of the filtered, sorted list, counted and paged in the database. */
export async function listArticlePage(db: Db, { query, userId, pageSize = ARTICLE_PAGE_SIZE }: { query: ArticleListQuery; userId: number; pageSize?: number }): Promise<ArticlePage> {
  const prisma = prismaOf(db);
  const where = whereOf(query, userId);
  const total = await prisma.article.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(query.page, pageCount);
  const rows = await prisma.article.findMany({
    where,
    orderBy: orderOf(query),
    skip: (page - 1) * pageSize,
    take: pageSize,
    select: {
      id: true,
      title: true,
      sourceName: true,
      locale: true,
      status: true,
      archivedAt: true,
      openFlags: true,
      updatedAt: true,
      assignments: { select: { user: { select: { name: true } } }, orderBy: { user: { name: "asc" } } },
    },
  });
  const items = await withProgress(db, await withCurrentTitles(db, rows));
  return { items, total, page, pageCount };
}

/** Every article, archived ones included, latest change first, on one page: the command line's list. */
export async function listArticles(db: Db): Promise<ArticlePageItem[]> {
  const prisma = prismaOf(db);
  const query = articleListQuerySchema.parse({ archived: "include" });
  const pageSize = Math.max(1, await prisma.article.count());
  return (await listArticlePage(db, { query, userId: 0, pageSize })).items;
}

type Row = { id: number; title: string; sourceName: string | null; locale: Parameters<typeof fromDbLocale>[0]; status: ArticleStatus; archivedAt: Date | null; openFlags: number | null; updatedAt: Date; assignments: { user: { name: string } }[] };

/** Paragraph counts, approval and the latest editor, for the page's rows only. */
async function withProgress(db: Db, rows: Row[]): Promise<ArticlePageItem[]> {
  const prisma = prismaOf(db);
  if (rows.length === 0) return [];
  const ids = rows.map((a) => a.id);
  const [totals, approved, latest] = await Promise.all([
    prisma.paragraph.groupBy({ by: ["articleId"], where: { articleId: { in: ids } }, _count: { _all: true }, _max: { updatedAt: true } }),
    prisma.paragraph.groupBy({ by: ["articleId"], where: { articleId: { in: ids }, status: "approved" }, _count: { _all: true } }),
    prisma.paragraph.findMany({
      where: { articleId: { in: ids }, updatedById: { not: null } },
      orderBy: { updatedAt: "desc" },
      distinct: ["articleId"],
      select: { articleId: true, updatedBy: { select: { name: true } } },
    }),
  ]);
  const totalBy = new Map(totals.map((t) => [t.articleId, t]));
  const approvedBy = new Map(approved.map((a) => [a.articleId, a._count._all]));
  const latestBy = new Map(latest.map((l) => [l.articleId, l.updatedBy?.name ?? null]));
  return rows.map((a) => {
    const total = totalBy.get(a.id);
    const count = total?._count._all ?? 0;
    const paragraphUpdate = total?._max.updatedAt;
    return {
      id: a.id,
      title: a.title,
      sourceName: a.sourceName,
      locale: fromDbLocale(a.locale),
      status: a.status,
      archived: a.archivedAt !== null,
      openFlags: a.openFlags,
      paragraphCount: count,
      approvedPercent: count === 0 ? 0 : Math.round((100 * (approvedBy.get(a.id) ?? 0)) / count),
      assignees: a.assignments.map((x) => x.user.name),
      updatedAt: paragraphUpdate && paragraphUpdate > a.updatedAt ? paragraphUpdate : a.updatedAt,
      updatedBy: latestBy.get(a.id) ?? null,
    };
  });
}
