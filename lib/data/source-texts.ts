import type { Link } from "@/lib/align/links";
import { prismaOf, type Db } from "./prisma-handle";

/** The Chinese original of an article and its alignment, both append-only (see the schema). */

export type AlignmentOrigin = "auto" | "xliff" | "manual";

export interface SourceView {
  id: number;
  version: number;
  language: string;
  origin: string;
  fileId: string | null;
  createdAt: Date;
  createdBy: string | null;
  paragraphs: string[];
  alignment: { version: number; origin: AlignmentOrigin; links: Link[]; createdAt: Date; createdBy: string | null };
}

export interface CreateSourceText {
  db: Db;
  articleId: number;
  language: string;
  origin: string;
  fileId?: string | null;
  paragraphs: string[];
  links: Link[];
  alignmentOrigin: AlignmentOrigin;
  userId: number | null;
}

/** Stores a new version of the article's original with its first alignment; earlier versions stay. */
export async function createSourceText({ db, articleId, language, origin, fileId = null, paragraphs, links, alignmentOrigin, userId }: CreateSourceText): Promise<{ id: number; version: number }> {
  const prisma = prismaOf(db);
  return prisma.$transaction(async (tx) => {
    const latest = await tx.sourceText.findFirst({ where: { articleId }, orderBy: { version: "desc" }, select: { version: true } });
    const version = (latest?.version ?? 0) + 1;
    const source = await tx.sourceText.create({
      data: {
        articleId,
        version,
        language,
        origin,
        fileId,
        createdById: userId,
        paragraphs: { create: paragraphs.map((text, position) => ({ position, text })) },
        alignments: { create: { version: 1, links: links.map((l) => ({ source: l.source, target: l.target })), origin: alignmentOrigin, createdById: userId } },
      },
      select: { id: true, version: true },
    });
    return source;
  });
}

/** The version in force: the newest source, with its newest alignment; null when the article has no original. */
export async function findCurrentSource({ db, articleId }: { db: Db; articleId: number }): Promise<SourceView | null> {
  const prisma = prismaOf(db);
  const source = await prisma.sourceText.findFirst({
    where: { articleId },
    orderBy: { version: "desc" },
    select: {
      id: true,
      version: true,
      language: true,
      origin: true,
      fileId: true,
      createdAt: true,
      createdBy: { select: { name: true } },
      paragraphs: { orderBy: { position: "asc" }, select: { text: true } },
      alignments: { orderBy: { version: "desc" }, take: 1, select: { version: true, origin: true, links: true, createdAt: true, createdBy: { select: { name: true } } } },
    },
  });
  if (!source || source.alignments.length === 0) return null;
  const [alignment] = source.alignments;
  return {
    id: source.id,
    version: source.version,
    language: source.language,
    origin: source.origin,
    fileId: source.fileId,
    createdAt: source.createdAt,
    createdBy: source.createdBy?.name ?? null,
    paragraphs: source.paragraphs.map((p) => p.text),
    alignment: { version: alignment.version, origin: alignment.origin, links: alignment.links as unknown as Link[], createdAt: alignment.createdAt, createdBy: alignment.createdBy?.name ?? null },
  };
}

export type SaveAlignmentResult = { ok: true; version: number } | { ok: false; reason: "conflict"; version: number } | { ok: false; reason: "not_found" };

/**
 * A reviewer's fix of the alignment, as a new version on top of `baseVersion`: someone else's fix in between is
 * never overwritten (the caller shows the newer alignment instead).
 */
export async function saveAlignment({ db, sourceTextId, baseVersion, links, userId }: { db: Db; sourceTextId: number; baseVersion: number; links: Link[]; userId: number }): Promise<SaveAlignmentResult> {
  const prisma = prismaOf(db);
  const latest = await prisma.alignment.findFirst({ where: { sourceTextId }, orderBy: { version: "desc" }, select: { version: true } });
  if (!latest) return { ok: false, reason: "not_found" };
  if (latest.version !== baseVersion) return { ok: false, reason: "conflict", version: latest.version };
  try {
    const created = await prisma.alignment.create({
      data: { sourceTextId, version: baseVersion + 1, links: links.map((l) => ({ source: l.source, target: l.target })), origin: "manual", createdById: userId },
      select: { version: true },
    });
    return { ok: true, version: created.version };
  } catch (error) {
    // Another fix took this version number between the read and the write: theirs stands, ours is refused.
    if ((error as { code?: string })?.code !== "P2002") throw error;
    const newest = await prisma.alignment.findFirst({ where: { sourceTextId }, orderBy: { version: "desc" }, select: { version: true } });
    return { ok: false, reason: "conflict", version: newest?.version ?? baseVersion + 1 };
  }
}

/** Records the XLIFF unit each paragraph came from (null: none), so that an export gives the ids back. */
export async function setParagraphUnitIds({ db, articleId, unitIds }: { db: Db; articleId: number; unitIds: (string | null)[] }): Promise<void> {
  const prisma = prismaOf(db);
  await prisma.$transaction(unitIds.map((unitId, position) => prisma.paragraph.update({ where: { articleId_position: { articleId, position } }, data: { unitId } })));
}

/** What a bilingual export reads of each paragraph, in order. */
export async function listBilingualParagraphs({ db, articleId }: { db: Db; articleId: number }) {
  const prisma = prismaOf(db);
  const rows = await prisma.paragraph.findMany({
    where: { articleId },
    orderBy: { position: "asc" },
    select: { position: true, kind: true, machineText: true, currentText: true, status: true, unitId: true },
  });
  return rows.map(({ status, ...row }) => ({ ...row, approved: status === "approved" }));
}
