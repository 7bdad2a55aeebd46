import type { z } from "zod";

/**
 * One thing wrong in a backup, at its place in the file (a JSON path such as `paragraphs[0].currentText`, empty
 * for the file itself): a schema issue as zod reports it, or a key of `backup.problem` with its values.
 */
export type BackupProblem = { at: string } & ({ issue: z.core.$ZodIssue } | { key: string; values?: Record<string, string | number> });

/** Why a backup is refused, as codes: the restore route words them in the reader's language, the command line in English. */
export type BackupRefusal =
  | { key: "notJson" }
  | { key: "notBackup"; values: { format: string } }
  | { key: "unsupportedVersion"; values: { version: number } }
  | { key: "damaged"; problems: BackupProblem[] };
