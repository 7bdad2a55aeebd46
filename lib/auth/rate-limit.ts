import { RefusalError } from "@/lib/domain/refusal";
import { createHash } from "node:crypto";
import type { RateLimiterAbstract } from "rate-limiter-flexible";
import { limitStore, type LimitCounter } from "@/lib/data/rate-limit-store";

/**
 * Failed sign-ins make the next attempt wait, doubling with each failure in a row. Waits are kept per client
 * (account and address together) so that someone guessing a password slows down only themselves: the
 * account's owner, elsewhere, is never locked out by them. Two wider counters catch what per-client waits
 * miss, many addresses guessing one account and one address trying many accounts; their waits apply only
 * to clients that have not signed in to the account before, so a colleague behind the same office address,
 * or the owner at home, carries on.
 */
export const SIGN_IN_POLICY = {
  client: { free: 3, maxWaitSeconds: 15 * 60 },
  account: { free: 20, maxWaitSeconds: 60 },
  address: { free: 100, maxWaitSeconds: 15 * 60 },
  /** A run of failures is forgotten a day after it began. */
  failureMemorySeconds: 24 * 60 * 60,
  /**
   * A client that signed in is spared the wider waits for this long. (The memory store expires keys
   * with setTimeout, which cannot count past 24.8 days.)
   */
  knownClientSeconds: 14 * 24 * 60 * 60,
};

export class TooManyAttemptsError extends RefusalError {}

function digest(...parts: string[]): string {
  return createHash("sha256").update(parts.join("\n")).digest("base64url");
}

function waitSeconds(failures: number, free: number, max: number): number {
  return failures <= free ? 0 : Math.min(max, 2 ** Math.min(failures - free - 1, 30));
}

function waitOf(ms: number): { count: number; unit: "seconds" | "minutes" } {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  return seconds < 90 ? { count: seconds, unit: "seconds" } : { count: Math.ceil(seconds / 60), unit: "minutes" };
}

export interface SignInLimiter {
  /** Throws TooManyAttemptsError while this client has to wait; call before checking the password. */
  check(account: string, address: string): Promise<void>;
  recordFailure(account: string, address: string): Promise<void>;
  recordSuccess(account: string, address: string): Promise<void>;
}

/** The limiter over a store: counts as points, waits and known clients as keys with an expiry. */
export function createSignInLimiter(store: RateLimiterAbstract): SignInLimiter {
  const keys = (account: string, address: string) => {
    const who = account.trim().toLowerCase();
    return { client: digest("client", who, address), account: digest("account", who), address: digest("address", address) };
  };
  const waiting = async (key: string) => (await store.get(`wait:${key}`))?.msBeforeNext ?? 0;
  const fail = async (key: string, rule: { free: number; maxWaitSeconds: number }) => {
    const res = await store.penalty(`fail:${key}`, 1);
    const seconds = waitSeconds(res.consumedPoints, rule.free, rule.maxWaitSeconds);
    if (seconds > 0) await store.set(`wait:${key}`, 1, seconds);
  };
  return {
    async check(account, address) {
      const k = keys(account, address);
      const known = (await store.get(`known:${k.client}`)) !== null;
      const waits = await Promise.all([waiting(k.client), known ? 0 : waiting(k.account), known ? 0 : waiting(k.address)]);
      const ms = Math.max(...waits);
      if (ms > 0) {
        const wait = waitOf(ms);
        throw new TooManyAttemptsError({ key: "tooManyAttempts", values: wait }, `Too many failed sign-ins. Try again in ${wait.count} ${wait.unit === "seconds" ? "second(s)" : "minute(s)"}.`);
      }
    },
    async recordFailure(account, address) {
      const k = keys(account, address);
      await Promise.all([fail(k.client, SIGN_IN_POLICY.client), fail(k.account, SIGN_IN_POLICY.account), fail(k.address, SIGN_IN_POLICY.address)]);
    },
    async recordSuccess(account, address) {
      const k = keys(account, address);
      // The account's and the address's counts stay: someone else's guessing does not stop because the owner got in.
      await Promise.all([store.delete(`fail:${k.client}`), store.delete(`wait:${k.client}`), store.set(`known:${k.client}`, 1, SIGN_IN_POLICY.knownClientSeconds)]);
    },
  };
}

/** The one counter the limiter keeps its points and keys in; waits and known clients set their own expiry. */
export const SIGN_IN_COUNTER: LimitCounter = {
  table: "sign_in_limits",
  keyPrefix: "signin",
  points: Number.MAX_SAFE_INTEGER,
  durationSeconds: SIGN_IN_POLICY.failureMemorySeconds,
};

const cache = globalThis as unknown as { __lapidarSignInLimiter?: SignInLimiter };

/** One per process; lib/data decides where its counts live (the server's table, or memory on the embedded database). */
export function signInLimiter(): SignInLimiter {
  cache.__lapidarSignInLimiter ??= createSignInLimiter(limitStore(SIGN_IN_COUNTER));
  return cache.__lapidarSignInLimiter;
}
