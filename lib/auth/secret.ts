import { randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { dataDir } from "@/lib/config";

/**
 * NEXTAUTH_SECRET when set; otherwise a secret generated once and kept in the data directory,
 * readable by its owner only, so the demo needs no configuration. Teams deploying Lapidar set their own.
 */
let generated: string | null = null;

export function authSecret(): string {
  const configured = process.env.NEXTAUTH_SECRET;
  if (configured) return configured;
  // Read once per process: the proxy asks on every request.
  generated ??= secretFromDataDir();
  return generated;
}

function secretFromDataDir(): string {
  const file = path.join(dataDir(), "nextauth-secret");
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    mkdirSync(dataDir(), { recursive: true });
    const secret = randomBytes(32).toString("base64url");
    try {
      writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
    } catch {
      // Another process wrote it first: use theirs, so that both sign the same tokens.
      return readFileSync(file, "utf8").trim();
    }
    chmodSync(file, 0o600);
    return secret;
  }
}
