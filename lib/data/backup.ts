import { BACKUP_FORMAT, BACKUP_VERSION, type Backup, type BackupInput, type BackupPerson } from "@/lib/backup/format";
import { prismaOf, type Db } from "./prisma-handle";
import { fromDbLocale, toDbLocale } from "./locale";
import { encodeRevisionNote } from "@/lib/domain/revision-note";

const person = { select: { name: true, email: true } } as const;

/** The whole article with its history, in the portable backup shape; null when there is no such article. */
export async function readArticleBackup(db: Db, articleId: number, now = new Date()): Promise<BackupInput | null> {
  const prisma = prismaOf(db);
  const article = await prisma.article.findUnique({
    where: { id: articleId },
    include: {
      createdBy: person,
      ignoredWords: { orderBy: { word: "asc" }, include: { user: person } },
      paragraphs: {
        orderBy: { position: "asc" },
        include: {
          updatedBy: person,
          approvedBy: person,
          revisions: { orderBy: { version: "asc" }, include: { author: person } },
          dismissals: { orderBy: { id: "asc" }, include: { user: person } },
          annotations: { orderBy: { id: "asc" }, include: { author: person } },
          threads: {
            orderBy: { id: "asc" },
            include: {
              startedBy: person,
              statusBy: person,
              comments: { orderBy: { id: "asc" }, include: { author: person, deletedBy: person, mentions: { orderBy: { userId: "asc" }, include: { user: person } } } },
            },
          },
        },
      },
    },
  });
  if (!article) return null;
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    article: {
      title: article.title,
      author: article.author,
      sourceName: article.sourceName,
      sourceUrl: article.sourceUrl,
      locale: fromDbLocale(article.locale),
      status: article.status,
      createdAt: article.createdAt.toISOString(),
      createdBy: article.createdBy,
    },
    paragraphs: article.paragraphs.map((p) => ({
      position: p.position,
      kind: p.kind,
      machineText: p.machineText,
      currentText: p.currentText,
      status: p.status,
      version: p.version,
      updatedBy: p.updatedBy,
      updatedAt: p.updatedAt.toISOString(),
      approvedBy: p.approvedBy,
      approvedAt: p.approvedAt?.toISOString() ?? null,
      revisions: p.revisions.map((r) => ({
        version: r.version,
        text: r.text,
        kind: r.kind,
        author: r.author,
        createdAt: r.createdAt.toISOString(),
        note: r.note,
      })),
      dismissals: p.dismissals.map((d) => ({ check: d.check, text: d.text, reason: d.reason, user: d.user, createdAt: d.createdAt.toISOString() })),
      annotations: p.annotations.map((a) => ({
        start: a.start,
        end: a.end,
        text: a.text,
        category: a.category,
        subtype: a.subtype,
        severity: a.severity,
        comment: a.comment,
        check: a.check,
        author: a.author,
        createdAt: a.createdAt.toISOString(),
      })),
      threads: p.threads.map((t) => ({
        start: t.start,
        end: t.end,
        quote: t.quote,
        anchorVersion: t.anchorVersion,
        status: t.status,
        startedBy: t.startedBy,
        createdAt: t.createdAt.toISOString(),
        statusBy: t.statusBy,
        statusAt: t.statusAt?.toISOString() ?? null,
        comments: t.comments.map((c) => ({
          author: c.author,
          body: c.body,
          createdAt: c.createdAt.toISOString(),
          editedAt: c.editedAt?.toISOString() ?? null,
          deletedAt: c.deletedAt?.toISOString() ?? null,
          deletedBy: c.deletedBy,
          mentions: c.mentions.map((m) => m.user),
        })),
      })),
    })),
    ignoredWords: article.ignoredWords.map((w) => ({ word: w.word, user: w.user, createdAt: w.createdAt.toISOString() })),
  };
}

export interface RestoredArticle {
  id: number;
  title: string;
  paragraphs: number;
  /** People named in the backup with no account (by e-mail) here; their work is kept, unattributed, and named in revision notes. */
  unmatchedPeople: string[];
}

/**
 * Rebuilds a backup as a new article, in one transaction: a failure leaves nothing behind.
 * People are matched by e-mail to this installation's accounts. Someone without an account here is
 * stored as "no user" (the schema's own meaning for a deleted account), and each revision they wrote
 * keeps their name in its note, so the history still says who wrote what. The article's creator
 * falls back to the person restoring it.
 */
export async function restoreArticleBackup(db: Db, backup: Backup, restoredById: number | null): Promise<RestoredArticle> {
  const prisma = prismaOf(db);
  const emails = new Set<string>();
  const collect = (p: BackupPerson) => p && emails.add(p.email.toLowerCase());
  collect(backup.article.createdBy);
  for (const p of backup.paragraphs) {
    [p.updatedBy, p.approvedBy].forEach(collect);
    p.revisions.forEach((r) => collect(r.author));
    p.dismissals.forEach((d) => collect(d.user));
    p.annotations.forEach((a) => collect(a.author));
    for (const t of p.threads) {
      [t.startedBy, t.statusBy].forEach(collect);
      t.comments.forEach((c) => [c.author, c.deletedBy, ...c.mentions].forEach(collect));
    }
  }
  backup.ignoredWords.forEach((w) => collect(w.user));
  const users = await prisma.user.findMany({ where: { email: { in: [...emails] } }, select: { id: true, email: true } });
  const idByEmail = new Map(users.map((u) => [u.email, u.id]));
  const unmatched = new Set<string>();
  const userId = (p: BackupPerson): number | null => {
    if (!p) return null;
    const id = idByEmail.get(p.email.toLowerCase());
    if (id === undefined) unmatched.add(p.name);
    return id ?? null;
  };
  const revisionNote = (note: string | null, author: BackupPerson): string | null => {
    if (!author || idByEmail.has(author.email.toLowerCase())) return note;
    return encodeRevisionNote({ key: "fromBackup", values: { original: note ?? "none", author: author.name } });
  };

  const restoredAt = new Date();
  const id = await prisma.$transaction(
    async (tx) => {
      const article = await tx.article.create({
        data: {
          title: backup.article.title,
          author: backup.article.author,
          sourceName: backup.article.sourceName,
          sourceUrl: backup.article.sourceUrl,
          locale: toDbLocale(backup.article.locale),
          status: backup.article.status,
          createdAt: new Date(backup.article.createdAt),
          createdById: userId(backup.article.createdBy) ?? restoredById,
        },
        select: { id: true },
      });
      for (const p of backup.paragraphs) {
        const paragraph = await tx.paragraph.create({
          data: {
            articleId: article.id,
            position: p.position,
            kind: p.kind,
            machineText: p.machineText,
            currentText: p.currentText,
            status: p.status,
            version: p.version,
            updatedById: userId(p.updatedBy),
            updatedAt: new Date(p.updatedAt),
            approvedById: userId(p.approvedBy),
            approvedAt: p.approvedAt ? new Date(p.approvedAt) : null,
          },
          select: { id: true },
        });
        await tx.revision.createMany({
          data: p.revisions.map((r) => ({
            paragraphId: paragraph.id,
            version: r.version,
            text: r.text,
            kind: r.kind,
            authorId: userId(r.author),
            createdAt: new Date(r.createdAt),
            note: revisionNote(r.note, r.author),
          })),
        });
        if (p.dismissals.length > 0) {
          await tx.dismissal.createMany({
            data: p.dismissals.map((d) => ({
              paragraphId: paragraph.id,
              check: d.check,
              text: d.text,
              reason: d.reason,
              userId: userId(d.user),
              createdAt: new Date(d.createdAt),
            })),
          });
        }
        if (p.annotations.length > 0) {
          await tx.annotation.createMany({
            data: p.annotations.map((a) => ({
              paragraphId: paragraph.id,
              start: a.start,
              end: a.end,
              text: a.text,
              category: a.category,
              subtype: a.subtype,
              severity: a.severity,
              comment: a.comment,
              check: a.check,
              authorId: userId(a.author),
              createdAt: new Date(a.createdAt),
            })),
          });
        }
      }
      for (const p of backup.paragraphs) {
        if (p.threads.length === 0) continue;
        const { id: paragraphId } = await tx.paragraph.findUniqueOrThrow({ where: { articleId_position: { articleId: article.id, position: p.position } }, select: { id: true } });
        for (const t of p.threads) {
          await tx.commentThread.create({
            data: {
              paragraphId,
              start: t.start,
              end: t.end,
              quote: t.quote,
              anchorVersion: t.anchorVersion,
              status: t.status,
              startedById: userId(t.startedBy),
              createdAt: new Date(t.createdAt),
              statusById: userId(t.statusBy),
              statusAt: t.statusAt ? new Date(t.statusAt) : null,
              comments: {
                create: t.comments.map((c) => ({
                  authorId: userId(c.author),
                  body: c.body,
                  createdAt: new Date(c.createdAt),
                  editedAt: c.editedAt ? new Date(c.editedAt) : null,
                  deletedAt: c.deletedAt ? new Date(c.deletedAt) : null,
                  deletedById: userId(c.deletedBy),
                  // Restoring is not someone mentioning anyone anew: the mentions come back already read.
                  mentions: { create: [...new Set(c.mentions.map(userId).filter((id): id is number => id !== null))].map((id) => ({ userId: id, readAt: restoredAt })) },
                })),
              },
            },
          });
        }
      }
      if (backup.ignoredWords.length > 0) {
        await tx.ignoredWord.createMany({
          data: backup.ignoredWords.map((w) => ({ articleId: article.id, word: w.word, userId: userId(w.user), createdAt: new Date(w.createdAt) })),
        });
      }
      return article.id;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  return { id, title: backup.article.title, paragraphs: backup.paragraphs.length, unmatchedPeople: [...unmatched].sort() };
}
