import { prismaOf, type Db } from "./prisma-handle";
import type { MqmSeverity } from "./generated/prisma/enums";

export interface AnnotationView {
  id: number;
  paragraphId: number;
  start: number;
  end: number;
  text: string;
  category: string;
  subtype: string | null;
  severity: MqmSeverity;
  comment: string | null;
  check: string | null;
  createdAt: Date;
  author: { name: string } | null;
}

const view = {
  id: true,
  paragraphId: true,
  start: true,
  end: true,
  text: true,
  category: true,
  subtype: true,
  severity: true,
  comment: true,
  check: true,
  createdAt: true,
  author: { select: { name: true } },
} as const;

export interface NewAnnotation {
  paragraphId: number;
  start: number;
  end: number;
  /** The span as the reviewer saw it: refused when the paragraph's text has changed under it. */
  text: string;
  category: string;
  subtype: string | null;
  severity: MqmSeverity;
  comment: string | null;
  check: string | null;
  authorId: number;
}

export type CreateAnnotationResult =
  | { ok: true; annotation: AnnotationView; articleId: number }
  | { ok: false; reason: "not_found" | "stale_span" };

/** Offsets are UTF-16 units into the paragraph's current text; the span must still read as the reviewer saw it. */
export async function createAnnotation(db: Db, input: NewAnnotation): Promise<CreateAnnotationResult> {
  const prisma = prismaOf(db);
  return prisma.$transaction(async (tx) => {
    const paragraph = await tx.paragraph.findUnique({ where: { id: input.paragraphId }, select: { currentText: true, articleId: true } });
    if (!paragraph) return { ok: false, reason: "not_found" } as const;
    if (input.end > paragraph.currentText.length || paragraph.currentText.slice(input.start, input.end) !== input.text) {
      return { ok: false, reason: "stale_span" } as const;
    }
    const annotation = await tx.annotation.create({ data: input, select: view });
    return { ok: true, annotation, articleId: paragraph.articleId } as const;
  });
}

export async function getAnnotation(db: Db, id: number) {
  const prisma = prismaOf(db);
  return prisma.annotation.findUnique({ where: { id }, select: { ...view, authorId: true, paragraph: { select: { articleId: true } } } });
}

export async function deleteAnnotation(db: Db, id: number): Promise<boolean> {
  const prisma = prismaOf(db);
  const removed = await prisma.annotation.deleteMany({ where: { id } });
  return removed.count > 0;
}

export async function listArticleAnnotations(db: Db, articleId: number): Promise<AnnotationView[]> {
  const prisma = prismaOf(db);
  return prisma.annotation.findMany({
    where: { paragraph: { articleId } },
    select: view,
    orderBy: [{ paragraph: { position: "asc" } }, { start: "asc" }, { id: "asc" }],
  });
}
