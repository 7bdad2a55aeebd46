import type { ImportInput, ImportOptions, ImportResult } from "@/lib/import/types";
import { workerSettings } from "@/lib/config/workers";
import { flagPool } from "@/lib/workers/pool";

const seconds = (ms: number) => `${Math.round(ms / 1000)} s`;

/**
 * Reads an upload on the flagging pool, so that a file that is slow to parse holds one worker for at most its
 * budget and never the server; a file that needs more time or memory is refused, saying which.
 */
export async function parseImportOffThread(input: ImportInput, options: ImportOptions): Promise<ImportResult> {
  const result = await flagPool().parseImport(input, options);
  if (typeof result !== "string") return result;
  const name = input.kind === "file" ? `“${input.filename}”` : "The pasted text";
  const limit = result === "budget" ? `more than ${seconds(workerSettings().LAPIDAR_IMPORT_BUDGET_MS)} to read` : `more than ${workerSettings().LAPIDAR_WORKER_MEMORY_MB} MB of memory to read`;
  return { ok: false, error: { code: "too_large", message: `${name} needs ${limit}, so it was not imported. Split it into smaller articles, or save it as plain text and import that.` } };
}
