import { parentPort, workerData } from "node:worker_threads";
import { loadIncrementalFlagger } from "./load-flagger";
import { progressRecord } from "./progress";
import type { WorkerReply, WorkerRequest } from "./protocol";

// One thread of the pool (pool.ts): it loads the dictionaries once, then flags articles and reads uploads,
// one task at a time, keeping paragraph-local flags between tasks for incremental re-checks.
const port = parentPort!;
const progress = progressRecord(workerData.progress as SharedArrayBuffer);
const reply = (message: WorkerReply) => port.postMessage(message);

const flagger = loadIncrementalFlagger();
flagger.then(() => reply({ type: "ready" }), () => undefined);

async function handle(request: WorkerRequest): Promise<WorkerReply> {
  if (request.type === "import") {
    // Loaded on the first upload: flagging alone never needs the readers of every format.
    const { parseImport } = await import("@/lib/import");
    const result = await parseImport(request.input, { ...request.options, onProgress: (done, total) => reply({ type: "progress", id: request.id, done, total }) });
    return { type: "parsed", id: request.id, result };
  }
  const ready = await flagger;
  const started = performance.now();
  try {
    const run = ready.flagArticle(request.input, { skip: new Set(request.skip), onCheck: (check, paragraph) => progress.at(check, paragraph) });
    return { type: "flagged", id: request.id, flags: run.flags, reused: run.reused, computed: run.computed, ms: performance.now() - started };
  } finally {
    progress.idle();
  }
}

port.on("message", (request: WorkerRequest) => {
  handle(request).then(reply, (error: unknown) => reply({ type: "failed", id: request.id, message: error instanceof Error ? error.message : String(error) }));
});
