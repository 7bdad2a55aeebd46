import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";

// PGlite has no cross-process lock: two processes on one data directory silently lose each other's
// writes. The lock file holds the owner's PID; a dead owner's lock is taken over.
export class PgliteDirInUseError extends Error {}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function lockPgliteDir(dir: string): () => void {
  const lockPath = `${dir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, "wx", 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      const release = () => rmSync(lockPath, { force: true });
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number(readFileSync(lockPath, "utf8").trim());
      if (owner === process.pid) return () => rmSync(lockPath, { force: true });
      if (Number.isInteger(owner) && owner > 0 && alive(owner)) {
        throw new PgliteDirInUseError(
          `The embedded database ${dir} is in use by process ${owner}. Stop that process (the Lapidar server or command) and try again.`,
        );
      }
      rmSync(lockPath, { force: true });
    }
  }
  throw new PgliteDirInUseError(`Could not lock the embedded database ${dir}.`);
}
