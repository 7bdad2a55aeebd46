import type { ImportInput, ImportOptions, ImportResult } from "@/lib/import/types";
import type { IncrementalFlagger, IncrementalInput } from "./incremental-flagger";
import { loadIncrementalFlagger } from "./load-flagger";
import type { FlagOutcome } from "./pool";

export interface Flagging {
  flag(affinity: string, input: IncrementalInput): Promise<FlagOutcome>;
  parseImport(input: ImportInput, options: ImportOptions): Promise<ImportResult | "budget" | "memory">;
}

/**
 * The same incremental flagger on the server's own thread. The production server uses it: the pool's worker
 * runs from Turbopack's worker chunk there, which failed under the load test (a dictionary bundled as an asset
 * URL that fs would not read), and has not been proven since. No check budget here; the pool keeps that where
 * it runs (tests and the command line).
 */
export function inProcessFlagging(): Flagging {
  let flagger: Promise<IncrementalFlagger> | null = null;
  return {
    async flag(_affinity, input) {
      flagger ??= loadIncrementalFlagger().catch((error) => {
        flagger = null;
        throw error;
      });
      const started = performance.now();
      const run = (await flagger).flagArticle(input);
      return { flags: run.flags, stopped: [], reused: run.reused, computed: run.computed, ms: performance.now() - started };
    },
    async parseImport(input, options) {
      const { parseImport } = await import("@/lib/import");
      return parseImport(input, options);
    },
  };
}
