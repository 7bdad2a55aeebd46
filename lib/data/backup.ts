import { BACKUP_FORMAT, BACKUP_VERSION, type Backup, type BackupInput, type BackupPerson } from "@/lib/backup/format";
import { prismaOf, type Db } from "./prisma-handle";
import { fromDbLocale, toDbLocale } from "./locale";
import { encodeRevisionNote } from "@/lib/domain/revision-note";
import { fromBackupRecord, peopleOf, recordFields, toBackupRecord } from "./backup-fields";

const person = { select: { name: true, email: true } } as const;

// What a backup carries of each record; the locale, mentions and nested records are mapped beside them.
const ARTICLE = recordFields({ copy: ["title", "author", "sourceName", "sourceUrl", "status"], dates: ["createdAt"], people: ["createdBy"] });
const PARAGRAPH = recordFields({
  copy: ["position", "kind", "machineText", "currentText", "status", "version"],
  dates: ["updatedAt", "approvedAt"],
  people: ["updatedBy", "approvedBy"],
});
const REVISION = recordFields({ copy: ["version", "text", "kind", "note"], dates: ["createdAt"], people: ["author"] });
const DISMISSAL = recordFields({ copy: ["check", "text", "reason"], dates: ["createdAt"], people: ["user"] });
const ANNOTATION = recordFields({
  copy: ["start", "end", "text", "category", "subtype", "severity", "comment", "check"],
  dates: ["createdAt"],
  people: ["author"],
});
const THREAD = recordFields({ copy: ["start", "end", "quote", "anchorVersion", "status"], dates: ["createdAt", "statusAt"], people: ["startedBy", "statusBy"] });
const COMMENT = recordFields({ copy: ["body"], dates: ["createdAt", "editedAt", "deletedAt"], people: ["author", "deletedBy"] });
const IGNORED_WORD = recordFields({ copy: ["word"], dates: ["createdAt"], people: ["user"] });

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
    article: { ...toBackupRecord(article, ARTICLE), locale: fromDbLocale(article.locale) },
    paragraphs: article.paragraphs.map((p) => ({
      ...toBackupRecord(p, PARAGRAPH),
      revisions: p.revisions.map((r) => toBackupRecord(r, REVISION)),
      dismissals: p.dismissals.map((d) => toBackupRecord(d, DISMISSAL)),
      annotations: p.annotations.map((a) => toBackupRecord(a, ANNOTATION)),
      threads: p.threads.map((t) => ({
        ...toBackupRecord(t, THREAD),
        comments: t.comments.map((c) => ({ ...toBackupRecord(c, COMMENT), mentions: c.mentions.map((m) => m.user) })),
      })),
    })),
    ignoredWords: article.ignoredWords.map((w) => toBackupRecord(w, IGNORED_WORD)),
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
  peopleOf(backup.article, ARTICLE).forEach(collect);
  for (const p of backup.paragraphs) {
    peopleOf(p, PARAGRAPH).forEach(collect);
    p.revisions.forEach((r) => peopleOf(r, REVISION).forEach(collect));
    p.dismissals.forEach((d) => peopleOf(d, DISMISSAL).forEach(collect));
    p.annotations.forEach((a) => peopleOf(a, ANNOTATION).forEach(collect));
    for (const t of p.threads) {
      peopleOf(t, THREAD).forEach(collect);
      t.comments.forEach((c) => [...peopleOf(c, COMMENT), ...c.mentions].forEach(collect));
    }
  }
  backup.ignoredWords.forEach((w) => peopleOf(w, IGNORED_WORD).forEach(collect));
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
          ...fromBackupRecord(backup.article, ARTICLE, userId),
          locale: toDbLocale(backup.article.locale),
          createdById: userId(backup.article.createdBy) ?? restoredById,
        },
        select: { id: true },
      });
      for (const p of backup.paragraphs) {
        const paragraph = await tx.paragraph.create({ data: { articleId: article.id, ...fromBackupRecord(p, PARAGRAPH, userId) }, select: { id: true } });
        await tx.revision.createMany({
          data: p.revisions.map((r) => ({ paragraphId: paragraph.id, ...fromBackupRecord(r, REVISION, userId), note: revisionNote(r.note, r.author) })),
        });
        if (p.dismissals.length > 0) {
          await tx.dismissal.createMany({ data: p.dismissals.map((d) => ({ paragraphId: paragraph.id, ...fromBackupRecord(d, DISMISSAL, userId) })) });
        }
        if (p.annotations.length > 0) {
          await tx.annotation.createMany({ data: p.annotations.map((a) => ({ paragraphId: paragraph.id, ...fromBackupRecord(a, ANNOTATION, userId) })) });
        }
        for (const t of p.threads) {
          await tx.commentThread.create({
            data: {
              paragraphId: paragraph.id,
              ...fromBackupRecord(t, THREAD, userId),
              comments: {
                create: t.comments.map((c) => ({
                  ...fromBackupRecord(c, COMMENT, userId),
                  // Restoring is not someone mentioning anyone anew: the mentions come back already read.
                  mentions: { create: [...new Set(c.mentions.map(userId).filter((id): id is number => id !== null))].map((id) => ({ userId: id, readAt: restoredAt })) },
                })),
              },
            },
          });
        }
      }
      if (backup.ignoredWords.length > 0) {
        await tx.ignoredWord.createMany({ data: backup.ignoredWords.map((w) => ({ articleId: article.id, ...fromBackupRecord(w, IGNORED_WORD, userId) })) });
      }
      return article.id;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  return { id, title: backup.article.title, paragraphs: backup.paragraphs.length, unmatchedPeople: [...unmatched].sort() };
}
