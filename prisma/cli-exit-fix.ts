// Loaded by prisma.config.ts, so only the Prisma CLI runs it, never the app.
// With driver adapters the CLI finishes its work and then does not exit: the WASM schema engine
// leaves 10 s and 60 s guard timers behind, and an open PGlite re-arms Emscripten timers forever.
// Unref'ing long timers lets the process end when the real work is done.
const LONG_TIMER_MS = 5_000;
const originalSetTimeout = globalThis.setTimeout;

function patchedSetTimeout(...args: Parameters<typeof setTimeout>): ReturnType<typeof setTimeout> {
  const timer = originalSetTimeout(...args);
  const delay = Number(args[1] ?? 0);
  const caller = new Error().stack ?? "";
  if (delay >= LONG_TIMER_MS || caller.includes("setitimer")) timer.unref?.();
  return timer;
}

globalThis.setTimeout = Object.assign(patchedSetTimeout, originalSetTimeout) as typeof setTimeout;
