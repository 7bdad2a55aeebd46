import { randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { configuredAuthSecret, dataDir, postgresUrl } from "@/lib/config";

export const MISSING_SECRET =
  "Lapidar uses the PostgreSQL server in DATABASE_URL, but NEXTAUTH_SECRET is not set. Sessions must be signed " +
  "with one secret shared by every app server on that database, and a secret generated in this server's data " +
  "folder would be known to this server only (a session from one would not hold on another, and a new folder " +
  "would sign everyone out). Set NEXTAUTH_SECRET to the same value on every app server, for example " +
  "NEXTAUTH_SECRET=$(openssl rand -base64 32), and start again.";

export class MissingSecretError extends Error {
  constructor() {
    super(MISSING_SECRET);
  }
}

/**
 * NEXTAUTH_SECRET when set; otherwise, on the embedded database only, a secret generated once and kept in the
 * data directory, readable by its owner only, so the demo needs no configuration.
 */
let generated: string | null = null;
let buildSecret: string | null = null;

export function authSecret(): string {
  const configured = configuredAuthSecret();
  if (configured) return configured;
  // `next build` prerenders pages without any request to sign: a throwaway secret, so that building for a server
  // database does not need the deployment's secret (the running server still refuses to start without it).
  if (process.env.NEXT_PHASE === "phase-production-build") return (buildSecret ??= randomBytes(32).toString("base64url"));
  if (postgresUrl()) throw new MissingSecretError();
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
