import pg from "pg";

/** The channel the LiveChange triggers notify, with the payload "articleId:changeId". */
export const LIVE_CHANNEL = "lapidar_live";

export interface LiveNotification {
  articleId: number;
  changeId: number;
}

export interface LiveListener {
  close(): Promise<void>;
}

export function parseLiveNotification(payload: string | undefined): LiveNotification | null {
  const match = /^(\d+):(\d+)$/.exec(payload ?? "");
  return match ? { articleId: Number(match[1]), changeId: Number(match[2]) } : null;
}

/**
 * One dedicated connection that LISTENs on the live channel (Prisma cannot LISTEN). Every app server on
 * the same PostgreSQL gets every notification, whichever server's write caused it. `onLost` is called when the
 * connection ends, so the caller can reconnect and catch up from the table.
 */
export async function listenForLiveChanges({ url, onNotify, onLost }: { url: string; onNotify: (n: LiveNotification) => void; onLost: (error?: Error) => void }): Promise<LiveListener> {
  const client = new pg.Client({ connectionString: url, keepAlive: true });
  let closing = false;
  client.on("notification", (message) => {
    const parsed = message.channel === LIVE_CHANNEL ? parseLiveNotification(message.payload) : null;
    if (parsed) onNotify(parsed);
  });
  client.on("error", (error) => {
    if (!closing) onLost(error);
  });
  client.on("end", () => {
    if (!closing) onLost();
  });
  await client.connect();
  await client.query(`LISTEN ${LIVE_CHANNEL}`);
  return {
    async close() {
      closing = true;
      await client.end().catch(() => undefined);
    },
  };
}
