import { createHash, randomBytes } from "node:crypto";

/** Recognisable in a leaked log or a secret scanner, and never mistaken for a password. */
export const API_TOKEN_PREFIX = "lap_";

export interface NewApiTokenSecret {
  /** Shown to its owner once; never stored. */
  secret: string;
  /** Kept to tell tokens apart in a list. */
  prefix: string;
  hash: string;
}

/** SHA-256 is enough for 256 random bits: a token cannot be guessed, so it needs no slow hash. */
export function hashApiToken(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

export function newApiTokenSecret(): NewApiTokenSecret {
  const secret = API_TOKEN_PREFIX + randomBytes(32).toString("base64url");
  return { secret, prefix: secret.slice(0, API_TOKEN_PREFIX.length + 6), hash: hashApiToken(secret) };
}

/** A well-formed token, so that garbage is refused before the database is asked. */
export function looksLikeApiToken(value: string): boolean {
  return /^lap_[A-Za-z0-9_-]{43}$/.test(value);
}
