import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/**
 * How much longer `run` takes on an input twice as long: about 2 for linear work, 4 for quadratic. A complexity
 * measure, not a timed threshold. It is read over a fourfold step (half `length`, then twice it) and given per
 * doubling, so that a burst of load that makes one round 1.5 times slower moves the answer by only 1.22 times.
 * Each size is timed in rounds interleaved with the other, repeated until a round lasts long enough to read, and
 * the fastest round of each is kept. Time is this process's CPU time, which other processes on a shared machine do
 * not inflate as they do the clock.
 */
export function doublingRatio(run: (input: string) => unknown, inputOf: (length: number) => string, length: number, rounds = 5): number {
  const small = inputOf(length / 2);
  const large = inputOf(2 * length);
  run(small); // compiles the code paths once, so the first timed round is not the JIT's
  let repeat = 1;
  // CPU time is counted in scheduler ticks: a round shorter than a few dozen of them reads as noise.
  while (time(run, small, repeat) < 60 && repeat < 1024) repeat *= 2;
  let bestSmall = Infinity;
  let bestLarge = Infinity;
  for (let i = 0; i < rounds; i++) {
    bestSmall = Math.min(bestSmall, time(run, small, repeat));
    bestLarge = Math.min(bestLarge, time(run, large, repeat));
  }
  return Math.sqrt(bestLarge / bestSmall);
}

/**
 * The doubling ratio, measured again while it reads at or above `limit`, up to `attempts` times, keeping the
 * lowest: quadratic work reads about 4 every time, while a burst of load on a shared machine rarely repeats.
 */
export function bestDoublingRatio(run: (input: string) => unknown, inputOf: (length: number) => string, length: number, limit = 2.5, attempts = 5): number {
  let best = Infinity;
  for (let i = 0; i < attempts && best >= limit; i++) best = Math.min(best, doublingRatio(run, inputOf, length, 3));
  return best;
}

// A collection before each round, so that one round does not pay for the garbage the previous one left.
setFlagsFromString("--expose-gc");
const collect = runInNewContext("gc") as () => void;

function time(run: (input: string) => unknown, input: string, repeat: number): number {
  collect();
  const start = process.cpuUsage();
  for (let i = 0; i < repeat; i++) run(input);
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}

/** `unit` repeated to `length` characters, ending in "x" (a run that never closes, or a line that ends in text). */
export function repeated(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length - 1) + "x";
}

/** Each repeated character class the issue names, as the unit an attacker would repeat. */
export const HOSTILE_UNITS: Record<string, string> = {
  spaces: " ",
  "curly quotes": "“",
  "straight quotes": '"',
  "CJK punctuation": "，",
  "CJK full stops": "。",
  dots: ".",
  hyphens: "-",
  capitals: "A",
  "capitals and spaces": "A ",
  digits: "1",
  "digits and dots": "1.",
  "comment openers": "<!--",
  "tag openers": "<a",
  "image openers": "![",
  "link openers": "[",
  asterisks: "*a",
  tildes: "~~a ",
  underscores: "_",
};
