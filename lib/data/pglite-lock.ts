import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { hostname } from "node:os";

// PGlite has no cross-process lock: two processes on one data directory silently lose each other's
// writes. The lock file names its owner by host, boot and PID: a PID alone means nothing across
// machines or containers (two containers on one volume are both PID 1), nor after a reboot.
export class PgliteDirInUseError extends Error {}

export interface LockOwner {
  host: string;
  /** The kernel's id for this boot (Linux); empty elsewhere. */
  bootId: string;
  pid: number;
}

function readBootId(): string {
  try {
    return readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim();
  } catch {
    return "";
  }
}

export function thisProcess(): LockOwner {
  return { host: hostname(), bootId: readBootId(), pid: process.pid };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Lock files written before host and boot were recorded hold the PID alone. */
function parseOwner(text: string, self: LockOwner): LockOwner | null {
  const trimmed = text.trim();
  if (/^\d+$/.test(trimmed)) return { host: self.host, bootId: self.bootId, pid: Number(trimmed) };
  try {
    const owner = JSON.parse(trimmed) as Partial<LockOwner>;
    return typeof owner.host === "string" && typeof owner.bootId === "string" && Number.isInteger(owner.pid) ? (owner as LockOwner) : null;
  } catch {
    return null;
  }
}

type Verdict = "ours" | "stale" | { inUse: string };

function judge(owner: LockOwner | null, self: LockOwner): Verdict {
  if (!owner) return "stale";
  if (owner.host !== self.host) {
    // Another machine or container: whether its process still runs cannot be known from here.
    return { inUse: `by process ${owner.pid} on host ${owner.host}. Stop Lapidar there; if that host is gone for good, delete the lock file and try again` };
  }
  // Same host, another boot: every process of that boot is gone.
  if (owner.bootId !== self.bootId) return "stale";
  if (owner.pid === self.pid) return "ours";
  return alive(owner.pid) ? { inUse: `by process ${owner.pid}. Stop that process (the Lapidar server or command) and try again` } : "stale";
}

export function lockPgliteDir(dir: string, self: LockOwner = thisProcess()): () => void {
  const lockPath = `${dir}.lock`;
  const release = () => rmSync(lockPath, { force: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, "wx", 0o600);
      writeSync(fd, `${JSON.stringify({ ...self, startedAt: new Date().toISOString() })}\n`);
      closeSync(fd);
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const verdict = judge(parseOwner(readFileSync(lockPath, "utf8"), self), self);
      if (verdict === "ours") return release;
      if (verdict !== "stale") throw new PgliteDirInUseError(`The embedded database ${dir} is in use ${verdict.inUse} (lock file ${lockPath}).`);
      rmSync(lockPath, { force: true });
    }
  }
  throw new PgliteDirInUseError(`Could not lock the embedded database ${dir}.`);
}
