import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lockPgliteDir, PgliteDirInUseError, thisProcess } from "@/lib/data/pglite-lock";

describe("the embedded database's lock file", () => {
  const dir = () => path.join(mkdtempSync(path.join(tmpdir(), "lapidar-lock-")), "pglite");
  const self = thisProcess();
  // A live process other than this one, for owners that must look alive.
  let other: ReturnType<typeof spawn>;
  beforeAll(() => {
    other = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"], { stdio: "ignore" });
  });
  afterAll(() => {
    other.kill();
  });

  it("records host, boot id and PID", () => {
    const target = dir();
    const release = lockPgliteDir(target);
    expect(JSON.parse(readFileSync(`${target}.lock`, "utf8"))).toMatchObject({ host: self.host, bootId: self.bootId, pid: process.pid });
    release();
  });

  it("refuses a lock held on another host, even under this process's own PID (two containers are both PID 1)", () => {
    const target = dir();
    writeFileSync(`${target}.lock`, JSON.stringify({ host: "other-container", bootId: self.bootId, pid: process.pid }));
    expect(() => lockPgliteDir(target)).toThrow(PgliteDirInUseError);
    expect(() => lockPgliteDir(target)).toThrow(/process \d+ on host other-container/);
  });

  it("takes over a lock from an earlier boot of this host, even when its PID is alive now", () => {
    const target = dir();
    writeFileSync(`${target}.lock`, JSON.stringify({ host: self.host, bootId: "an-earlier-boot", pid: other.pid }));
    const release = lockPgliteDir(target);
    expect(JSON.parse(readFileSync(`${target}.lock`, "utf8")).pid).toBe(process.pid);
    release();
  });

  it("refuses a live process of this boot, and takes over a dead one's or an old PID-only lock", () => {
    const live = dir();
    writeFileSync(`${live}.lock`, JSON.stringify({ host: self.host, bootId: self.bootId, pid: other.pid }));
    expect(() => lockPgliteDir(live)).toThrow(`in use by process ${other.pid}.`);
    const dead = dir();
    writeFileSync(`${dead}.lock`, JSON.stringify({ host: self.host, bootId: self.bootId, pid: 2 ** 22 + 17 }));
    lockPgliteDir(dead)();
    const legacy = dir();
    writeFileSync(`${legacy}.lock`, String(other.pid));
    expect(() => lockPgliteDir(legacy)).toThrow(PgliteDirInUseError);
  });
});
