import type { ImportInput, ImportOptions, ImportResult } from "@/lib/import/types";
import type { Flag } from "@/lib/domain";
import type { IncrementalInput } from "./incremental-flagger";

/** A check the pool stopped: it ran past its time budget or its worker's memory limit on one paragraph. */
export interface StoppedCheck {
  check: string;
  /** Index in the article's paragraphs. */
  paragraph: number;
  ms: number;
  reason: "time" | "memory";
}

export type WorkerRequest =
  | { type: "flag"; id: number; input: IncrementalInput; skip: string[] }
  | { type: "import"; id: number; input: ImportInput; options: Omit<ImportOptions, "onProgress"> };

export type WorkerReply =
  | { type: "ready" }
  | { type: "flagged"; id: number; flags: Flag[][]; reused: number; computed: number; ms: number }
  | { type: "progress"; id: number; done: number; total: number }
  | { type: "parsed"; id: number; result: ImportResult }
  | { type: "failed"; id: number; message: string };
