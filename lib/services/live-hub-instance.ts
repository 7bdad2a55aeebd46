import { postgresUrl } from "@/lib/config";
import { getDb } from "@/lib/data/db";
import { LiveHub } from "./live-hub";

const cache = globalThis as unknown as { __lapidarLiveHub?: Promise<LiveHub> };

/** This process's hub, made on the first open event stream; cached on globalThis like the database client. */
export function getLiveHub(): Promise<LiveHub> {
  cache.__lapidarLiveHub ??= getDb()
    .then((db) => new LiveHub({ db, listenUrl: postgresUrl() ?? null }))
    .catch((error) => {
      cache.__lapidarLiveHub = undefined;
      throw error;
    });
  return cache.__lapidarLiveHub;
}
