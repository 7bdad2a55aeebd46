/**
 * Where a worker is, in memory both threads see: which check on which paragraph, since when. A check stuck in
 * a regular expression cannot answer a message, but the watchdog can still read this and name it.
 */
export interface ProgressRecord {
  at(check: number, paragraph: number): void;
  idle(): void;
  /** The running check and how long it has run, or null between checks' work. */
  current(now: number): { check: number; paragraph: number; ms: number } | null;
}

const BUSY = 0;
const CHECK = 1;
const PARAGRAPH = 2;

export const PROGRESS_BYTES = 24;

export function progressRecord(buffer: SharedArrayBuffer): ProgressRecord {
  const ints = new Int32Array(buffer, 0, 4);
  const since = new Float64Array(buffer, 16, 1);
  return {
    at(check, paragraph) {
      since[0] = Date.now();
      Atomics.store(ints, CHECK, check);
      Atomics.store(ints, PARAGRAPH, paragraph);
      Atomics.store(ints, BUSY, 1);
    },
    idle() {
      Atomics.store(ints, BUSY, 0);
    },
    current(now) {
      if (Atomics.load(ints, BUSY) === 0) return null;
      return { check: Atomics.load(ints, CHECK), paragraph: Atomics.load(ints, PARAGRAPH), ms: now - since[0] };
    },
  };
}
