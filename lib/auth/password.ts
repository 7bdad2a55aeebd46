import { randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

// argon2id with the library's defaults (19 MiB, 2 passes): about 20-50 ms here.
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | null = null;

/**
 * A hash of a random password, made like every real one: a sign-in for an account that does not exist is
 * checked against it, so that it takes as long as one for an account that does.
 */
export function dummyPasswordHash(): Promise<string> {
  dummy ??= hash(randomBytes(24).toString("base64url"));
  return dummy;
}
