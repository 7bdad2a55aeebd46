import { Worker, type WorkerOptions } from "node:worker_threads";
import { CHECKS } from "@/lib/checks";
import { workerSettings, type WorkerSettings } from "@/lib/config/workers";
import type { Flag } from "@/lib/domain";
import type { ImportInput, ImportOptions, ImportResult } from "@/lib/import/types";
import { skipKey, type IncrementalInput } from "./incremental-flagger";
import { inProcessFlagging, type Flagging } from "./in-process";
import { PROGRESS_BYTES, progressRecord, type ProgressRecord } from "./progress";
import type { StoppedCheck, WorkerReply, WorkerRequest } from "./protocol";

export interface FlagOutcome {
  flags: Flag[][];
  stopped: StoppedCheck[];
  /** Paragraph-local check runs reused from earlier texts, and those computed for this one. */
  reused: number;
  computed: number;
  ms: number;
}

/** The article's facts themselves (name spans, alignment) ran out of time or memory: nothing to skip, no flags. */
export class FlaggingFailed extends Error {}

interface FlagTask {
  kind: "flag";
  affinity: string;
  input: IncrementalInput;
  stopped: StoppedCheck[];
  resolve: (outcome: FlagOutcome) => void;
  reject: (error: Error) => void;
}

interface ImportTask {
  kind: "import";
  affinity: string;
  input: ImportInput;
  options: ImportOptions;
  started?: number;
  resolve: (result: ImportResult | "budget" | "memory") => void;
  reject: (error: Error) => void;
}

type Task = FlagTask | ImportTask;

/** Where a task was stopped: the index of the check in CHECKS (-1 while the article's facts are computed). */
interface StopPoint {
  check: number;
  paragraph: number;
  ms: number;
  reason: StoppedCheck["reason"];
}

/** Only data crosses to a worker; progress comes back as messages. */
function withoutCallbacks(options: ImportOptions): Omit<ImportOptions, "onProgress"> {
  const copy = { ...options };
  delete copy.onProgress;
  return copy;
}

interface Slot {
  worker: Worker;
  progress: ProgressRecord;
  running: { id: number; task: Task; started: number } | null;
  queue: Task[];
  timer: NodeJS.Timeout | null;
  /** Workers of this slot that died before they were ready, in a row. */
  failedStarts: number;
  /** The worker has loaded: budgets are for a task's own work, so the watchdog starts only then. */
  ready: boolean;
}

// A worker that cannot even load its dictionaries (too little memory, a broken install) is not restarted for ever.
const MAX_FAILED_STARTS = 3;

// A check stopped this often in one article ends the attempt: the text is hostile, not unlucky.
const MAX_STOPS = 8;

/**
 * Under tsx and Vitest this module is TypeScript source; the production build bundles it, worker included.
 * Turbopack keeps a module's own `import.meta.url` (it still ends in .ts), so Next's runtime marker decides.
 */
const RUNS_FROM_SOURCE = import.meta.url.endsWith(".ts") && !process.env.NEXT_RUNTIME;

/** A worker running TypeScript source through tsx, which a worker's own flags cannot load. */
function sourceWorker(entry: URL, options: WorkerOptions): Worker {
  const file = JSON.stringify(entry.href);
  // Not the parent's flags: tsx's own loader flags, inherited by default, hang a worker that registers it again.
  return new Worker(`import("tsx/esm/api").then(({ tsImport }) => tsImport(${file}, ${file}))`, { ...options, eval: true, execArgv: [] });
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/**
 * A few worker threads that flag articles and read uploads, so that no request waits behind another's
 * checks on the main thread. Each task has a budget: a watchdog reads where the worker is (progress.ts), and
 * a check that runs past its time on a paragraph, or a worker past its memory, is stopped by ending the
 * thread; the task then runs again on a fresh thread without that check on that paragraph and reports it.
 * An article goes to the same thread while that thread is free, so its paragraph-local flags are there.
 */
export class FlagPool {
  private readonly slots: Slot[];
  private nextId = 1;
  private closed = false;

  /** `entry` stands in for the flagging worker in tests of the pool itself. */
  constructor(
    private readonly settings: WorkerSettings = workerSettings(),
    private readonly entry?: URL,
  ) {
    this.slots = Array.from({ length: settings.LAPIDAR_FLAG_WORKERS }, () => this.spawn());
  }

  flag(affinity: string, input: IncrementalInput): Promise<FlagOutcome> {
    return new Promise((resolve, reject) => this.enqueue({ kind: "flag", affinity, input, stopped: [], resolve, reject }));
  }

  /** Parses an upload on a worker; null when it ran past its time or memory. */
  async parseImport(input: ImportInput, options: ImportOptions): Promise<ImportResult | "budget" | "memory"> {
    return new Promise((resolve, reject) => this.enqueue({ kind: "import", affinity: `import:${this.nextId}`, input, options, resolve, reject }));
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(
      this.slots.map((slot) => {
        if (slot.timer) clearTimeout(slot.timer);
        for (const task of [...(slot.running ? [slot.running.task] : []), ...slot.queue]) task.reject(new Error("The flagging pool was closed."));
        return slot.worker.terminate();
      }),
    );
  }

  private spawn(): Slot {
    const slot = { running: null, queue: [], timer: null, failedStarts: 0, ready: false } as unknown as Slot;
    this.start(slot);
    return slot;
  }

  /** Gives the slot a fresh thread: at first, and in place of one that was ended (its queue carries over). */
  private start(slot: Slot): void {
    const buffer = new SharedArrayBuffer(PROGRESS_BYTES);
    const options = { workerData: { progress: buffer }, resourceLimits: { maxOldGenerationSizeMb: this.settings.LAPIDAR_WORKER_MEMORY_MB } };
    const worker = this.entry
      ? sourceWorker(this.entry, options)
      : RUNS_FROM_SOURCE
        ? sourceWorker(new URL("./flag-worker.ts", import.meta.url), options)
        : // The literal URL is what the production build follows to bundle the worker.
          new Worker(new URL("./flag-worker.ts", import.meta.url), options);
    // An idle pool must not keep a command-line process alive; a running task does (see pump and finish).
    worker.unref();
    worker.on("message", (message: WorkerReply) => this.onReply(slot, message));
    worker.on("error", (error: Error & { code?: string }) => this.onCrash(slot, error.code === "ERR_WORKER_OUT_OF_MEMORY" ? "memory" : error));
    worker.on("exit", () => {
      if (this.closed) return;
      if (slot.running) this.onCrash(slot, new Error("A flagging worker stopped unexpectedly."));
      else this.restartIdle(slot);
    });
    slot.worker = worker;
    slot.progress = progressRecord(buffer);
    slot.ready = false;
  }

  private enqueue(task: Task, front = false): void {
    if (this.closed) return task.reject(new Error("The flagging pool was closed."));
    const preferred = this.slots[hash(task.affinity) % this.slots.length];
    const idle = (slot: Slot) => slot.running === null && slot.queue.length === 0;
    const target = idle(preferred)
      ? preferred
      : (this.slots.find(idle) ?? this.slots.reduce((best, slot) => (slot.queue.length < best.queue.length ? slot : best), preferred));
    if (front) target.queue.unshift(task);
    else target.queue.push(task);
    this.pump(target);
  }

  private pump(slot: Slot): void {
    if (slot.running || slot.queue.length === 0) return;
    const task = slot.queue.shift()!;
    const id = this.nextId++;
    slot.running = { id, task, started: Date.now() };
    slot.worker.ref();
    const request: WorkerRequest =
      task.kind === "flag"
        ? { type: "flag", id, input: task.input, skip: task.stopped.map((s) => skipKey(s.check, s.paragraph)) }
        : { type: "import", id, input: task.input, options: withoutCallbacks(task.options) };
    slot.worker.postMessage(request);
    if (slot.ready) this.watch(slot, this.budgetOf(task));
  }

  private budgetOf(task: Task): number {
    return task.kind === "flag" ? this.settings.LAPIDAR_CHECK_BUDGET_MS : this.settings.LAPIDAR_IMPORT_BUDGET_MS;
  }

  /** Wakes when the running check could first be over budget, and again for the next one if it was not. */
  private watch(slot: Slot, budget: number, delay = budget): void {
    slot.timer = setTimeout(() => {
      slot.timer = null;
      const running = slot.running;
      if (!running) return;
      const now = Date.now();
      if (running.task.kind === "import") {
        if (now - running.started >= budget) this.stop(slot, "budget");
        else this.watch(slot, budget, budget - (now - running.started));
        return;
      }
      const at = slot.progress.current(now);
      if (at && at.ms >= budget) this.stop(slot, { check: at.check, paragraph: at.paragraph, ms: at.ms, reason: "time" });
      else this.watch(slot, budget, at ? budget - at.ms : budget);
    }, delay);
    slot.timer.unref();
  }

  private onReply(slot: Slot, message: WorkerReply): void {
    if (message.type === "ready") {
      slot.failedStarts = 0;
      slot.ready = true;
      if (slot.running) {
        slot.running.started = Date.now();
        this.watch(slot, this.budgetOf(slot.running.task));
      }
      return;
    }
    const running = slot.running;
    if (!running || running.id !== message.id) return;
    const { task } = running;
    if (message.type === "progress") {
      if (task.kind === "import") task.options.onProgress?.(message.done, message.total);
      return;
    }
    this.finish(slot);
    if (message.type === "failed") task.reject(new Error(message.message));
    else if (message.type === "parsed" && task.kind === "import") task.resolve(message.result);
    else if (message.type === "flagged" && task.kind === "flag") {
      task.resolve({ flags: message.flags, stopped: task.stopped, reused: message.reused, computed: message.computed, ms: message.ms });
    }
    this.pump(slot);
  }

  private onCrash(slot: Slot, cause: "memory" | Error): void {
    if (!slot.running) return;
    if (cause !== "memory") {
      const { task } = slot.running;
      this.replace(slot);
      task.reject(cause);
      return;
    }
    const at = slot.progress.current(Date.now());
    this.stop(slot, slot.running.task.kind === "import" ? "memory" : at ? { ...at, reason: "memory" } : null);
  }

  /** Ends the worker that holds the slot's running task, then retries or settles that task. */
  private stop(slot: Slot, what: StopPoint | "budget" | "memory" | null): void {
    const { task } = slot.running!;
    this.replace(slot);
    if (task.kind === "import") {
      task.resolve(what === "memory" ? "memory" : "budget");
    } else if (what === null || typeof what === "string" || what.check < 0) {
      task.reject(new FlaggingFailed("The article's facts could not be computed within the worker's limits."));
    } else {
      task.stopped.push({ ...what, check: CHECKS[what.check]?.id ?? String(what.check) });
      if (task.stopped.length > MAX_STOPS) task.reject(new FlaggingFailed(`${task.stopped.length} checks ran out of time or memory in this article.`));
      else this.enqueue(task, true);
    }
    this.pump(slot);
  }

  private finish(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.running = null;
    slot.worker.unref();
  }

  /** An idle worker died (most likely while loading): its queue must not wait on a dead thread. */
  private restartIdle(slot: Slot): void {
    slot.worker.removeAllListeners();
    if (++slot.failedStarts > MAX_FAILED_STARTS) {
      const error = new Error("The flagging workers cannot start: see the server's log.");
      for (const task of slot.queue.splice(0)) task.reject(error);
      slot.failedStarts = 0;
    }
    this.start(slot);
    this.pump(slot);
  }

  private replace(slot: Slot): void {
    const old = slot.worker;
    this.finish(slot);
    old.removeAllListeners();
    void old.terminate();
    this.start(slot);
  }
}

const shared = globalThis as unknown as { __lapidarFlagPool?: Flagging };

/** One per process: the worker pool, except in the production server, which flags on its own thread (in-process.ts). */
export function flagPool(): Flagging {
  shared.__lapidarFlagPool ??= process.env.NEXT_RUNTIME ? inProcessFlagging() : new FlagPool();
  return shared.__lapidarFlagPool;
}
