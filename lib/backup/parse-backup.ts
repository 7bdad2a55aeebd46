import type { z } from "zod";
import { BACKUP_FORMAT, BACKUP_VERSION, backupSchema, type Backup, type BackupParagraph } from "./format";
import type { BackupProblem, BackupRefusal } from "./refusal";

export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; refusal: BackupRefusal };

/**
 * Reads a backup file's text. Beyond the shape, it checks the invariants the database relies on
 * (unique positions and versions, a revision for the current text), so a restore that starts can
 * finish, and a refusal names what is wrong.
 */
export function parseBackup(json: string): ParsedBackup {
  let raw: unknown;
  try {
    raw = JSON.parse(json.replace(/^\uFEFF/, ""));
  } catch {
    return { ok: false, refusal: { key: "notJson" } };
  }
  const parsed = backupSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, refusal: refusalOfIssues(parsed.error) };
  const problems = consistencyProblems(parsed.data);
  if (problems.length > 0) return { ok: false, refusal: { key: "damaged", problems } };
  return { ok: true, backup: parsed.data };
}

function refusalOfIssues(error: z.ZodError): BackupRefusal {
  // A wrong format or version says everything on its own: the rest of the file was not written for this reader.
  const header = (field: string) => error.issues.some((i) => i.path.length === 1 && i.path[0] === field);
  if (header("format")) return { key: "notBackup", values: { format: BACKUP_FORMAT } };
  if (header("version")) return { key: "unsupportedVersion", values: { version: BACKUP_VERSION } };
  return { key: "damaged", problems: error.issues.map((issue) => ({ at: formatPath(issue.path), issue })) };
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), "");
}

function consistencyProblems(backup: Backup): BackupProblem[] {
  const problems: BackupProblem[] = [];
  const positions = new Set<number>();
  backup.paragraphs.forEach((p, i) => {
    const at = `paragraphs[${i}]`;
    if (positions.has(p.position)) problems.push({ at, key: "positionTwice", values: { position: p.position } });
    positions.add(p.position);
    problems.push(...paragraphProblems(p).map((key) => ({ at, key })));
  });
  const words = new Set(backup.ignoredWords.map((w) => w.word));
  if (words.size !== backup.ignoredWords.length) problems.push({ at: "ignoredWords", key: "wordIgnoredTwice" });
  return problems;
}

/** Keys of `backup.problem`. */
function paragraphProblems(p: BackupParagraph): string[] {
  const problems: string[] = [];
  const versions = new Set(p.revisions.map((r) => r.version));
  if (versions.size !== p.revisions.length) problems.push("versionTwice");
  const latest = p.revisions.reduce((a, b) => (b.version > a.version ? b : a));
  if (latest.version !== p.version || latest.text !== p.currentText) problems.push("noLatestRevision");
  const dismissed = new Set(p.dismissals.map((d) => `${d.check}\u0000${d.text}`));
  if (dismissed.size !== p.dismissals.length) problems.push("dismissedTwice");
  if (p.status === "approved" && !p.approvedAt) problems.push("approvedUndated");
  return problems;
}
