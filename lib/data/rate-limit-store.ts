import pg from "pg";
import { RateLimiterMemory, RateLimiterPostgres, type RateLimiterAbstract } from "rate-limiter-flexible";
import { postgresUrl } from "@/lib/config";

/** A counter of rate-limiter-flexible: its table (created by the migrations), key prefix, points and window. */
export interface LimitCounter {
  table: "sign_in_limits" | "api_limits";
  /** Keeps apart the counters that share a table. */
  keyPrefix: string;
  points: number;
  durationSeconds: number;
}

export interface LimitStores {
  store(counter: LimitCounter): RateLimiterAbstract;
  close(): Promise<void>;
}

/**
 * Counters on a PostgreSQL server, through a small `pg` pool of their own: rate-limiter-flexible queries a pool,
 * and Prisma's adapter keeps its connections to itself. Each call is one app server's view of the counts.
 */
export function openPostgresLimitStores(url: string): LimitStores {
  const pool = new pg.Pool({ connectionString: url, max: 4, allowExitOnIdle: true });
  return {
    store: ({ table, keyPrefix, points, durationSeconds }) =>
      new RateLimiterPostgres({ storeClient: pool, storeType: "pool", tableName: table, tableCreated: true, keyPrefix, points, duration: durationSeconds }),
    close: () => pool.end(),
  };
}

const cache = globalThis as unknown as { __lapidarLimitStores?: LimitStores };

/**
 * With a PostgreSQL server the counts live in it, so that every app server on that database sees the same
 * attempts; the embedded database serves one process, whose memory is enough.
 */
export function limitStore(counter: LimitCounter): RateLimiterAbstract {
  const url = postgresUrl();
  if (!url) return new RateLimiterMemory({ keyPrefix: counter.keyPrefix, points: counter.points, duration: counter.durationSeconds });
  cache.__lapidarLimitStores ??= openPostgresLimitStores(url);
  return cache.__lapidarLimitStores.store(counter);
}
