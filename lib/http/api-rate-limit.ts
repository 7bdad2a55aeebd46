import { RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { limitStore, type LimitCounter } from "@/lib/data/rate-limit-store";

/**
 * Per token, per minute: a writing client checks at each pause in typing, so requests come often but small;
 * the character budget stops one token from keeping the flagger busy for everyone.
 */
export const API_LIMITS = { requestsPerMinute: 60, charactersPerMinute: 300_000 };

export interface ApiLimiter {
  /** Seconds to wait before the next request, or 0 when this one may run (and is counted). */
  consume(tokenId: number, characters: number): Promise<number>;
}

export function createApiLimiter(requests: RateLimiterAbstract, characters: RateLimiterAbstract): ApiLimiter {
  const attempt = async (limiter: RateLimiterAbstract, key: string, points: number) => {
    try {
      await limiter.consume(key, points);
      return 0;
    } catch (refusal) {
      if (refusal instanceof RateLimiterRes) return Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
      throw refusal;
    }
  };
  return {
    async consume(tokenId, count) {
      const key = String(tokenId);
      const wait = await attempt(requests, key, 1);
      if (wait > 0) return wait;
      return attempt(characters, key, Math.max(1, count));
    },
  };
}

/** The two counters per token, in one table: requests and characters per minute. */
export const API_COUNTERS = {
  requests: { table: "api_limits", keyPrefix: "api-requests", points: API_LIMITS.requestsPerMinute, durationSeconds: 60 },
  characters: { table: "api_limits", keyPrefix: "api-characters", points: API_LIMITS.charactersPerMinute, durationSeconds: 60 },
} satisfies Record<string, LimitCounter>;

const cache = globalThis as unknown as { __lapidarApiLimiter?: ApiLimiter };

/** One per process; lib/data decides where its counts live (the server's table, or memory on the embedded database). */
export function apiLimiter(): ApiLimiter {
  cache.__lapidarApiLimiter ??= createApiLimiter(limitStore(API_COUNTERS.requests), limitStore(API_COUNTERS.characters));
  return cache.__lapidarApiLimiter;
}
