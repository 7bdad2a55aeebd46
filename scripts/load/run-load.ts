import { seededRandom } from "@/lib/seeded-random";
import { performance } from "node:perf_hooks";
import { summariseLatencies, type LatencySummary } from "./percentiles";

export type SaveOutcome =
  | { kind: "accepted"; paragraphId: number; userId: number; version: number; text: string }
  | { kind: "conflict"; paragraphId: number; userId: number; text: string }
  | { kind: "error"; paragraphId: number; userId: number; text: string; status: number | string };

export interface LoadClient {
  userId: number;
  cookie: string;
  /** The app server this reviewer talks to (several servers may share one database). */
  baseUrl: string;
}

export interface LoadPlan {
  clients: LoadClient[];
  articles: { id: number; paragraphIds: number[] }[];
  durationMs: number;
  /** Paragraphs every reviewer edits now and then, so that saves collide. */
  hotParagraphs: number;
  seed?: number;
}

export interface LoadReport {
  reviewers: number;
  servers: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  errorRate: number;
  pageLoads: LatencySummary;
  saves: LatencySummary;
  pageErrors: number;
  outcomes: SaveOutcome[];
}

const MARKER = / \[load r\d+ #\d+\]$/;

async function timed(samples: number[], work: () => Promise<Response>): Promise<{ response: Response | null; body: string }> {
  const started = performance.now();
  try {
    const response = await work();
    const body = await response.text();
    samples.push(performance.now() - started);
    return { response, body };
  } catch {
    samples.push(performance.now() - started);
    return { response: null, body: "" };
  }
}

/**
 * Each simulated reviewer opens an article page, then reads and saves a few paragraphs (half the time
 * one of the shared hot paragraphs), until the time is up. Every save's fate is logged for verification.
 */
export async function runLoad(plan: LoadPlan): Promise<LoadReport> {
  const pageSamples: number[] = [];
  const saveSamples: number[] = [];
  const outcomes: SaveOutcome[] = [];
  let requests = 0;
  let failures = 0;
  let pageErrors = 0;
  const hot = plan.articles[0].paragraphIds.slice(0, plan.hotParagraphs);
  const started = performance.now();
  const deadline = started + plan.durationMs;

  async function reviewer(client: LoadClient, index: number) {
    const next = seededRandom((plan.seed ?? 7) * 1000 + index);
    const base = client.baseUrl;
    const headers = { Cookie: client.cookie, Origin: base };
    let seq = 0;
    while (performance.now() < deadline) {
      const article = plan.articles[Math.floor(next() * plan.articles.length)];
      const page = await timed(pageSamples, () => fetch(`${base}/articles/${article.id}`, { headers, redirect: "manual" }));
      requests++;
      if (page.response?.status !== 200) {
        failures++;
        pageErrors++;
      }
      for (let k = 0; k < 3 && performance.now() < deadline; k++) {
        const pool = next() < 0.5 ? hot : article.paragraphIds;
        const paragraphId = pool[Math.floor(next() * pool.length)];
        const read = await fetch(`${base}/api/paragraphs/${paragraphId}`, { headers }).catch(() => null);
        requests++;
        if (!read?.ok) {
          failures++;
          continue;
        }
        const current = (await read.json()) as { version: number; currentText: string };
        // Think time between reading and saving widens the window in which another reviewer saves first.
        await new Promise((resolve) => setTimeout(resolve, Math.floor(next() * 50)));
        const text = `${current.currentText.replace(MARKER, "")} [load r${index} #${++seq}]`;
        const saved = await timed(saveSamples, () =>
          fetch(`${base}/api/paragraphs/${paragraphId}`, {
            method: "PUT",
            headers: { ...headers, "Content-Type": "application/json" },
            body: JSON.stringify({ baseVersion: current.version, text }),
          }),
        );
        requests++;
        const status = saved.response?.status ?? "network";
        if (status === 200) {
          const { paragraph } = JSON.parse(saved.body) as { paragraph: { version: number } };
          outcomes.push({ kind: "accepted", paragraphId, userId: client.userId, version: paragraph.version, text });
        } else if (status === 409) {
          outcomes.push({ kind: "conflict", paragraphId, userId: client.userId, text });
        } else {
          failures++;
          outcomes.push({ kind: "error", paragraphId, userId: client.userId, text, status });
        }
      }
    }
  }

  await Promise.all(plan.clients.map((client, index) => reviewer(client, index + 1)));
  const seconds = (performance.now() - started) / 1000;
  return {
    reviewers: plan.clients.length,
    servers: new Set(plan.clients.map((c) => c.baseUrl)).size,
    seconds: Math.round(seconds * 10) / 10,
    requests,
    requestsPerSecond: Math.round((requests / seconds) * 10) / 10,
    errorRate: requests ? failures / requests : 0,
    pageLoads: summariseLatencies(pageSamples),
    saves: summariseLatencies(saveSamples),
    pageErrors,
    outcomes,
  };
}
