import type { Db } from "@/lib/data/db";
import { latestLiveChangeId, listLiveChanges, type LiveChangeRecord } from "@/lib/data/live-changes";
import { listenForLiveChanges, type LiveListener } from "@/lib/data/live-listener";

export interface LiveHubOptions {
  db: Db;
  /** A PostgreSQL server to LISTEN on; null for the embedded database, which is polled instead. */
  listenUrl: string | null;
  /** How often the change table is read without a notification: often on PGlite, as a safety net on a server. */
  pollMs?: number;
}

interface Subscriber {
  articleId: number;
  afterId: number;
  send: (changes: LiveChangeRecord[]) => void;
}

/**
 * One per app server: it fans the LiveChange rows out to the open event streams of this server. With
 * PostgreSQL a notification says which article changed and the rows are read at once; the embedded
 * database cannot notify another process, so it is polled. Either way the table is the truth: a stream
 * that reconnects with its last id misses nothing.
 */
export class LiveHub {
  private readonly subscribers = new Set<Subscriber>();
  private readonly due = new Set<number>();
  private listener: Promise<LiveListener | null> | null = null;
  private poller: ReturnType<typeof setInterval> | null = null;
  private flushing: Promise<void> | null = null;
  private closed = false;

  constructor(private readonly options: LiveHubOptions) {}

  /** Where a new page's stream starts when it brings no id of its own. */
  latestId(): Promise<number> {
    return latestLiveChangeId({ db: this.options.db });
  }

  subscribe(articleId: number, afterId: number, send: (changes: LiveChangeRecord[]) => void): () => void {
    const subscriber: Subscriber = { articleId, afterId, send };
    this.subscribers.add(subscriber);
    this.start();
    this.wake(articleId);
    return () => {
      this.subscribers.delete(subscriber);
      if (this.subscribers.size === 0) this.stopPolling();
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    this.subscribers.clear();
    this.stopPolling();
    const listener = await this.listener;
    await listener?.close();
    await this.flushing;
  }

  private start(): void {
    if (!this.poller) {
      const every = this.options.pollMs ?? (this.options.listenUrl ? 5000 : 300);
      this.poller = setInterval(() => this.subscribedArticles().forEach((id) => this.wake(id)), every);
      this.poller.unref?.();
    }
    if (this.options.listenUrl && !this.listener) this.listener = this.connect(this.options.listenUrl);
  }

  private connect(url: string): Promise<LiveListener | null> {
    return listenForLiveChanges({
      url,
      onNotify: ({ articleId }) => this.wake(articleId),
      onLost: () => this.reconnectLater(url),
    }).catch(() => {
      this.reconnectLater(url);
      return null;
    });
  }

  private reconnectLater(url: string): void {
    if (this.closed) return;
    const timer = setTimeout(() => {
      if (this.closed) return;
      this.listener = this.connect(url);
      // Whatever was written while the connection was down is in the table.
      this.subscribedArticles().forEach((id) => this.wake(id));
    }, 1000);
    timer.unref?.();
  }

  private stopPolling(): void {
    if (this.poller) clearInterval(this.poller);
    this.poller = null;
  }

  private subscribedArticles(): number[] {
    return [...new Set([...this.subscribers].map((s) => s.articleId))];
  }

  private wake(articleId: number): void {
    if (this.closed) return;
    this.due.add(articleId);
    this.flushing ??= this.flush().finally(() => {
      this.flushing = null;
      if (this.due.size > 0) this.wake([...this.due][0]);
    });
  }

  private async flush(): Promise<void> {
    const articleIds = [...this.due];
    this.due.clear();
    const waiting = [...this.subscribers].filter((s) => articleIds.includes(s.articleId));
    if (waiting.length === 0) return;
    const afterId = Math.min(...waiting.map((s) => s.afterId));
    let changes: LiveChangeRecord[];
    try {
      changes = await listLiveChanges({ db: this.options.db, articleIds, afterId });
    } catch {
      // The database is away for a moment; the next poll or notification asks again.
      return;
    }
    for (const subscriber of waiting) {
      const fresh = changes.filter((c) => c.articleId === subscriber.articleId && c.id > subscriber.afterId);
      if (fresh.length === 0) continue;
      subscriber.afterId = fresh[fresh.length - 1].id;
      subscriber.send(fresh);
    }
    // A full page means there may be more: read on at once.
    if (changes.length === 500) articleIds.forEach((id) => this.due.add(id));
  }
}
