import type { ReportAnnotation, ReportParagraph, ReviewerActivity } from "@/lib/report/types";
import { currentTitleOfStored } from "@/lib/export/headline";
import { prismaOf, type Db } from "./prisma-handle";
import { fromDbLocale } from "./locale";
import type { ArticleMeta } from "@/lib/domain";

export interface ReportData {
  article: ArticleMeta & { id: number };
  /** Reviewer: who approved it, else who last changed its text; the importer does not count. */
  paragraphs: Omit<ReportParagraph, "machineFlags" | "currentFlags">[];
  annotations: ReportAnnotation[];
  reviewers: ReviewerActivity[];
}

/** Everything the export and the quality report read about one article, in five queries. */
export async function getReportData(db: Db, articleId: number): Promise<ReportData | null> {
  const prisma = prismaOf(db);
  const article = await prisma.article.findUnique({
    where: { id: articleId },
    select: {
      id: true,
      title: true,
      author: true,
      sourceName: true,
      sourceUrl: true,
      locale: true,
      paragraphs: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          position: true,
          kind: true,
          machineText: true,
          currentText: true,
          status: true,
          approvedBy: { select: { name: true } },
          dismissals: { select: { check: true, text: true } },
          revisions: { where: { kind: { not: "import" } }, orderBy: { version: "desc" }, take: 1, select: { author: { select: { name: true } } } },
        },
      },
    },
  });
  if (!article) return null;
  const inArticle = { paragraph: { articleId } };
  const [annotations, edits, dismissals, approvals] = await Promise.all([
    prisma.annotation.findMany({ where: inArticle, select: { paragraphId: true, category: true, subtype: true, severity: true, authorId: true } }),
    prisma.revision.groupBy({ by: ["authorId"], where: { ...inArticle, kind: { not: "import" } }, _count: { _all: true } }),
    prisma.dismissal.groupBy({ by: ["userId"], where: inArticle, _count: { _all: true } }),
    prisma.paragraph.groupBy({ by: ["approvedById"], where: { articleId, status: "approved" }, _count: { _all: true } }),
  ]);
  const activity = new Map<number, Omit<ReviewerActivity, "name">>();
  const tally = (id: number | null, field: keyof Omit<ReviewerActivity, "name">, n: number) => {
    if (id === null) return;
    const row = activity.get(id) ?? { edits: 0, approvals: 0, dismissals: 0, annotations: 0 };
    row[field] += n;
    activity.set(id, row);
  };
  edits.forEach((e) => tally(e.authorId, "edits", e._count._all));
  dismissals.forEach((d) => tally(d.userId, "dismissals", d._count._all));
  approvals.forEach((a) => tally(a.approvedById, "approvals", a._count._all));
  annotations.forEach((a) => tally(a.authorId, "annotations", 1));
  const names = await prisma.user.findMany({ where: { id: { in: [...activity.keys()] } }, select: { id: true, name: true } });
  const nameOf = new Map(names.map((u) => [u.id, u.name]));

  const { paragraphs, locale, ...fields } = article;
  return {
    article: { ...fields, title: currentTitleOfStored(fields.title, paragraphs), locale: fromDbLocale(locale) },
    paragraphs: paragraphs.map(({ approvedBy, revisions, ...p }) => ({
      ...p,
      reviewer: approvedBy?.name ?? revisions[0]?.author?.name ?? null,
    })),
    annotations: annotations.map(({ authorId: _, ...a }) => a),
    reviewers: [...activity].map(([id, row]) => ({ name: nameOf.get(id) ?? "(deleted account)", ...row })),
  };
}
