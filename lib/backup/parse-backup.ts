import { z } from "zod";
import { isRefusalKey, issuesText } from "@/lib/i18n/refusal-wording";
import { backupSchema, type Backup, type BackupParagraph } from "./format";

export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; error: string };

const MAX_LISTED_PROBLEMS = 5;

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
    return { ok: false, error: "The file is not valid JSON, so it cannot be a Lapidar backup." };
  }
  const parsed = backupSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: describeIssues(parsed.error) };
  const problems = consistencyProblems(parsed.data);
  if (problems.length > 0) return { ok: false, error: listProblems(problems) };
  return { ok: true, backup: parsed.data };
}

function describeIssues(error: z.ZodError): string {
  // The format and version messages are written for people; they say everything on their own.
  const header = error.issues.find((i) => i.path.length === 1 && (i.path[0] === "format" || i.path[0] === "version"));
  if (header) return header.message;
  // Field rules shared with the forms carry catalogue keys; a backup is an administrator's file, worded in English.
  return listProblems(error.issues.map((i) => `${formatPath(i.path)}: ${isRefusalKey(i.message) ? issuesText("en", [i]) : i.message}`));
}

function listProblems(problems: string[]): string {
  const shown = problems.slice(0, MAX_LISTED_PROBLEMS).join("; ");
  const more = problems.length > MAX_LISTED_PROBLEMS ? ` (and ${problems.length - MAX_LISTED_PROBLEMS} more)` : "";
  return `The backup is damaged or incomplete; nothing was restored. ${shown}${more}.`;
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), "") || "(file)";
}

function consistencyProblems(backup: Backup): string[] {
  const problems: string[] = [];
  const positions = new Set<number>();
  backup.paragraphs.forEach((p, i) => {
    const at = `paragraphs[${i}]`;
    if (positions.has(p.position)) problems.push(`${at}: position ${p.position} is used twice`);
    positions.add(p.position);
    problems.push(...paragraphProblems(p).map((problem) => `${at}: ${problem}`));
  });
  const words = new Set(backup.ignoredWords.map((w) => w.word));
  if (words.size !== backup.ignoredWords.length) problems.push("ignoredWords: a word is ignored twice");
  return problems;
}

function paragraphProblems(p: BackupParagraph): string[] {
  const problems: string[] = [];
  const versions = new Set(p.revisions.map((r) => r.version));
  if (versions.size !== p.revisions.length) problems.push("two revisions have the same version");
  const latest = p.revisions.reduce((a, b) => (b.version > a.version ? b : a));
  if (latest.version !== p.version || latest.text !== p.currentText) problems.push("the current text has no matching latest revision");
  const dismissed = new Set(p.dismissals.map((d) => `${d.check}\u0000${d.text}`));
  if (dismissed.size !== p.dismissals.length) problems.push("a flag is dismissed twice");
  if (p.status === "approved" && !p.approvedAt) problems.push("approved without an approval date");
  return problems;
}
