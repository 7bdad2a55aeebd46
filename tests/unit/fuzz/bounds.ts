import { performance } from "node:perf_hooks";

export { seededRandom as seeded } from "@/lib/seeded-random";

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
