import { parentPort, workerData } from "node:worker_threads";
import { CHECKS } from "@/lib/checks";
import { skipKey } from "@/lib/workers/incremental-flagger";
import { progressRecord } from "@/lib/workers/progress";
import type { WorkerReply, WorkerRequest } from "@/lib/workers/protocol";

// Speaks the flagging worker's protocol with three pretend checks: a paragraph "loop N" makes check N spin
// for ever, "hog N" makes it allocate until the heap limit; an upload "slow" never finishes.
const port = parentPort!;
const progress = progressRecord(workerData.progress as SharedArrayBuffer);
const reply = (message: WorkerReply) => port.postMessage(message);
reply({ type: "ready" });

port.on("message", (request: WorkerRequest) => {
  if (request.type === "import") {
    if (request.input.kind === "text" && request.input.text === "slow") for (;;);
    reply({ type: "parsed", id: request.id, result: { ok: false, error: { code: "empty", wording: { key: "errors.empty", values: { file: null } }, message: "nothing here, as the test wants" } } });
    return;
  }
  const skip = new Set(request.skip);
  const hoard: unknown[] = [];
  request.input.paragraphs.forEach((paragraph, i) => {
    for (let check = 0; check < 3; check++) {
      if (skip.has(skipKey(CHECKS[check].id, i))) continue;
      progress.at(check, i);
      if (paragraph.text === `loop ${check}`) for (;;);
      if (paragraph.text === `hog ${check}`) for (;;) hoard.push(new Array(100_000).fill(i));
    }
  });
  progress.idle();
  reply({ type: "flagged", id: request.id, flags: request.input.paragraphs.map(() => []), reused: 0, computed: 3, ms: 0 });
});
