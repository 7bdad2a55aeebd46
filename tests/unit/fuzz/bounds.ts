import { performance } from "node:perf_hooks";

/** mulberry32, so a failing case can be replayed from its seed. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomBytes(next: () => number, length: number): Uint8Array {
  return Uint8Array.from({ length }, () => Math.floor(next() * 256));
}

export interface Measured<T> {
  value: T;
  ms: number;
  /** Growth of the process's resident memory while the work ran (a rough peak bound). */
  rssGrowthMb: number;
}

export async function measured<T>(work: () => T | Promise<T>): Promise<Measured<T>> {
  const rss = process.memoryUsage().rss;
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started, rssGrowthMb: (process.memoryUsage().rss - rss) / (1024 * 1024) };
}
