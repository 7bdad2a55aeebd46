import pg from "pg";
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { postgresUrl } from "@/lib/config";

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

function store(pool: pg.Pool | null, keyPrefix: string, points: number): RateLimiterAbstract {
  const options = { points, duration: 60, keyPrefix };
  return pool ? new RateLimiterPostgres({ ...options, storeClient: pool, storeType: "pool", tableName: "api_limits", tableCreated: true }) : new RateLimiterMemory(options);
}

const cache = globalThis as unknown as { __lapidarApiLimiter?: ApiLimiter };

/** In PostgreSQL when there is a server, so that every app server counts the same requests. */
export function apiLimiter(): ApiLimiter {
  if (!cache.__lapidarApiLimiter) {
    const url = postgresUrl();
    const pool = url ? new pg.Pool({ connectionString: url, max: 4, allowExitOnIdle: true }) : null;
    cache.__lapidarApiLimiter = createApiLimiter(store(pool, "api-requests", API_LIMITS.requestsPerMinute), store(pool, "api-characters", API_LIMITS.charactersPerMinute));
  }
  return cache.__lapidarApiLimiter;
}
