import { readFile } from "node:fs/promises";
import { MAX_BACKUP_BYTES } from "@/lib/backup/format";
import { parseBackup } from "@/lib/backup/parse-backup";
import { backupRefusalText } from "@/lib/backup/wording";
import { restoreArticleBackup } from "@/lib/data/backup";
import { formatBytes } from "@/lib/format";
import { readAll, UsageError, type CommandIo } from "./io";
import { withDatabase } from "./with-database";

/** `restore FILE|-`: a JSON backup becomes a new article; a bad file is refused with its reason and nothing is written. */
export async function restoreCommand(argv: string[], io: CommandIo): Promise<number> {
  if (argv.length !== 1 || argv[0].startsWith("--")) throw new UsageError("usage: lapidar restore FILE|-");
  const file = argv[0];
  const bytes = file === "-" ? await readAll(io.stdin) : await readFile(file).catch(() => null);
  if (!bytes) throw new UsageError(`Cannot read ${file}.`);
  if (bytes.length > MAX_BACKUP_BYTES) throw new UsageError(`${file} is ${formatBytes(bytes.length)}; a backup is at most ${formatBytes(MAX_BACKUP_BYTES)}.`);
  const parsed = parseBackup(bytes.toString("utf8"));
  if (!parsed.ok) {
    io.stderr.write(`${backupRefusalText("en", parsed.refusal)}\n`);
    return 2;
  }
  const restored = await withDatabase((db) => restoreArticleBackup(db, parsed.backup, null));
  io.stdout.write(`Restored article ${restored.id}: “${restored.title}” (${restored.paragraphs} paragraphs)\n`);
  if (restored.unmatchedPeople.length > 0) {
    io.stdout.write(`No account here for: ${restored.unmatchedPeople.join(", ")}. Their work is kept without an account; revision notes name them.\n`);
  }
  return 0;
}
