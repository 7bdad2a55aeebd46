import { performance } from "node:perf_hooks";

/**
 * How much longer `run` takes on an input twice as long: about 2 for linear work, 4 for quadratic. A complexity
 * measure, not a timed threshold: each size is timed in rounds interleaved with the other, repeated until a
 * round lasts long enough to read, and the fastest round of each is kept, so a loaded machine slows both alike.
 */
export function doublingRatio(run: (input: string) => unknown, inputOf: (length: number) => string, length: number, rounds = 5): number {
  const small = inputOf(length);
  const large = inputOf(2 * length);
  run(small); // compiles the code paths once, so the first timed round is not the JIT's
  let repeat = 1;
  while (time(run, small, repeat) < 8 && repeat < 1024) repeat *= 2;
  let bestSmall = Infinity;
  let bestLarge = Infinity;
  for (let i = 0; i < rounds; i++) {
    bestSmall = Math.min(bestSmall, time(run, small, repeat));
    bestLarge = Math.min(bestLarge, time(run, large, repeat));
  }
  return bestLarge / bestSmall;
}

function time(run: (input: string) => unknown, input: string, repeat: number): number {
  const start = performance.now();
  for (let i = 0; i < repeat; i++) run(input);
  return performance.now() - start;
}

/** `unit` repeated to `length` characters, ending in "x" (a run that never closes, or a line that ends in text). */
export function repeated(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length - 1) + "x";
}
