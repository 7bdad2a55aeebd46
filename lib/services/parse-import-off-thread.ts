import type { ImportInput, ImportOptions, ImportResult } from "@/lib/import/types";
import { englishImportText } from "@/lib/import/wording";
import { workerSettings } from "@/lib/config/workers";
import { flagPool } from "@/lib/workers/pool";

/**
 * Reads an upload on the flagging pool, so that a file that is slow to parse holds one worker for at most its
 * budget and never the server; a file that needs more time or memory is refused, saying which.
 */
export async function parseImportOffThread(input: ImportInput, options: ImportOptions): Promise<ImportResult> {
  const result = await flagPool().parseImport(input, options);
  if (typeof result !== "string") return result;
  const settings = workerSettings();
  const wording = {
    key: "errors.needsMore",
    values: { file: input.kind === "file" ? input.filename : null, resource: result, seconds: Math.round(settings.LAPIDAR_IMPORT_BUDGET_MS / 1000), megabytes: settings.LAPIDAR_WORKER_MEMORY_MB },
  };
  return { ok: false, error: { code: "too_large", wording, message: englishImportText(wording) } };
}
