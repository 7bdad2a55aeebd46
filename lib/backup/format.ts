import { z } from "zod";
import { localeSchema, paragraphKindSchema, reviewStatusSchema } from "@/lib/domain";
import { isMqmCategory, isSubtypeOf, MQM_SEVERITIES } from "@/lib/metrics/mqm-typology";
import { paragraphTextProblem } from "@/lib/validation/paragraph";
import { wordSchema } from "@/lib/validation/word";

/**
 * The JSON backup of one article: everything needed to rebuild it in another installation.
 * People are written as { name, email } because ids mean nothing elsewhere; the e-mail is what the
 * restore matches on. Bump BACKUP_VERSION on any change a version-1 reader would misread.
 */
export const BACKUP_FORMAT = "lapidar.article-backup";
export const BACKUP_VERSION = 1;

/** History makes a backup many times its article; this bounds what a restore reads into memory. */
export const MAX_BACKUP_BYTES = 100 * 1024 * 1024;

// The schema's own messages are keys of the `backup.problem` catalogue (lib/backup/wording.ts words them).
// C0 controls other than tab and newline break every export; a backup carrying them was tampered with.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
const text = (max: number) => z.string().max(max).refine((s) => !CONTROL.test(s), "control");
// The same rules as every other write of a paragraph's text; a backup is not a way around them. Texts are
// checked as they are, not normalised: offsets of annotations and dismissals refer to them.
const paragraphText = z.string().superRefine((s, ctx) => {
  const problem = paragraphTextProblem(s);
  if (problem) ctx.addIssue({ code: "custom", message: problem.key, params: problem.values });
});
const optionalText = (max: number) => text(max).nullable();
const date = z.iso.datetime({ offset: true });

export const personSchema = z.object({ name: text(200), email: text(320) }).nullable();

export const revisionSchema = z.object({
  version: z.number().int().positive(),
  text: paragraphText,
  kind: z.enum(["import", "edit", "suggestion", "restore", "merge", "bulk", "kind_change"]),
  author: personSchema,
  createdAt: date,
  note: optionalText(2000),
});

export const dismissalSchema = z.object({
  check: text(100),
  text: text(10_000),
  reason: optionalText(2000),
  user: personSchema,
  createdAt: date,
});

export const annotationSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    text: text(10_000),
    category: text(100).refine(isMqmCategory, "notMqmCategory"),
    subtype: optionalText(100),
    severity: z.enum(MQM_SEVERITIES),
    comment: optionalText(2000),
    check: optionalText(100),
    author: personSchema,
    createdAt: date,
  })
  .refine((a) => a.start <= a.end, "annotationReversed")
  .refine((a) => !a.subtype || (isMqmCategory(a.category) && isSubtypeOf(a.category, a.subtype)), "subtypeOutsideCategory");

const someone = z.object({ name: text(200), email: text(320) });

export const commentSchema = z
  .object({
    author: personSchema,
    body: text(5000),
    createdAt: date,
    editedAt: date.nullable(),
    deletedAt: date.nullable(),
    deletedBy: personSchema,
    mentions: z.array(someone).max(1000),
  })
  .refine((c) => c.deletedAt !== null || c.body.trim().length > 0, "commentWithoutWords");

/** A comment thread; its span (if any) is in the paragraph's text at `anchorVersion`. */
export const threadSchema = z
  .object({
    start: z.number().int().nonnegative().nullable(),
    end: z.number().int().nonnegative().nullable(),
    quote: optionalText(2000),
    anchorVersion: z.number().int().positive(),
    status: z.enum(["open", "resolved"]),
    startedBy: personSchema,
    createdAt: date,
    statusBy: personSchema,
    statusAt: date.nullable(),
    comments: z.array(commentSchema).min(1).max(10_000),
  })
  .refine(
    (t) => (t.start === null && t.end === null && t.quote === null) || (t.start !== null && t.end !== null && t.quote !== null && t.end - t.start === t.quote.length && t.quote.length > 0),
    "threadSpanDisagrees",
  );

/** "Ignore in this article": article-wide, so beside the paragraphs rather than in one. */
export const ignoredWordSchema = z.object({
  word: wordSchema,
  user: personSchema,
  createdAt: date,
});

export const paragraphSchema = z.object({
  position: z.number().int().nonnegative(),
  kind: paragraphKindSchema,
  machineText: paragraphText,
  currentText: paragraphText,
  status: reviewStatusSchema,
  version: z.number().int().positive(),
  updatedBy: personSchema,
  updatedAt: date,
  approvedBy: personSchema,
  approvedAt: date.nullable(),
  revisions: z.array(revisionSchema).min(1).max(100_000),
  dismissals: z.array(dismissalSchema).max(100_000),
  annotations: z.array(annotationSchema).max(100_000),
  // Backups written before comments existed have none.
  threads: z.array(threadSchema).max(100_000).default([]),
});

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: date,
  article: z.object({
    title: text(300).refine((t) => t.trim().length > 0, "empty"),
    author: optionalText(1000),
    sourceName: optionalText(1000),
    sourceUrl: optionalText(4000),
    locale: localeSchema,
    // "done" is how backups written before the four statuses said approved.
    status: z.enum(["new", "in_review", "approved", "published", "done"]).transform((s) => (s === "done" ? "approved" : s)),
    createdAt: date,
    createdBy: personSchema,
  }),
  paragraphs: z.array(paragraphSchema).max(100_000),
  // Backups written before words could be ignored have none; a reader that knows nothing of them skips them.
  ignoredWords: z.array(ignoredWordSchema).max(100_000).default([]),
});

export type Backup = z.infer<typeof backupSchema>;
/** What a writer produces before validation: stored categories are plain strings. */
export type BackupInput = z.input<typeof backupSchema>;
export type BackupParagraph = Backup["paragraphs"][number];
export type BackupRevision = BackupParagraph["revisions"][number];
export type BackupAnnotation = BackupParagraph["annotations"][number];
export type BackupDismissal = BackupParagraph["dismissals"][number];
export type BackupPerson = z.infer<typeof personSchema>;
export type BackupThread = BackupParagraph["threads"][number];
