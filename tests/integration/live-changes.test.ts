import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticle, getArticle } from "@/lib/data/articles";
import { openPglite, openPostgres, type Db, type OpenDatabase } from "@/lib/data/db";
import { dismissFlag } from "@/lib/data/dismissals";
import type { LiveChangeRecord } from "@/lib/data/live-changes";
import { approveParagraph, saveParagraphText } from "@/lib/data/paragraphs";
import { removePresence, touchPresence } from "@/lib/data/presence";
import { createSourceText, saveAlignment } from "@/lib/data/source-texts";
import { createUser } from "@/lib/data/users";
import { LiveHub } from "@/lib/services/live-hub";
import { startThread } from "@/lib/services/comment-threads";
import { openThrowawayDatabase, serverUrl } from "./support/postgres";

async function article(db: Db) {
  const user = await createUser(db, { email: `live${Math.random()}@example.com`, name: "Lia", passwordHash: "x", role: "reviewer" });
  const { id } = await createArticle(db, { title: "Ao vivo", author: null, sourceName: null, sourceUrl: null, locale: "pt-PT", paragraphs: [{ kind: "body", text: "Texto da máquina." }] }, user.id);
  const [paragraph] = (await getArticle(db, id))!.paragraphs;
  return { user, articleId: id, paragraphId: paragraph.id };
}

/** Collects what a subscription receives, and waits until a predicate holds (or fails after `ms`). */
function collector() {
  const seen: LiveChangeRecord[] = [];
  return {
    seen,
    // The first save of an article also moves its status (an "article" change); these tests follow the rest.
    send: (changes: LiveChangeRecord[]) => seen.push(...changes.filter((c) => c.kind !== "article")),
    async until(predicate: (seen: LiveChangeRecord[]) => boolean, ms = 5000) {
      const deadline = Date.now() + ms;
      while (!predicate(seen)) {
        if (Date.now() > deadline) throw new Error(`not seen in ${ms} ms: ${JSON.stringify(seen.map((c) => c.kind))}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
  };
}

describe("live changes on the embedded database (polled)", () => {
  let opened: OpenDatabase;
  let hub: LiveHub;
  beforeAll(async () => {
    opened = await openPglite();
    hub = new LiveHub({ db: opened.db, listenUrl: null, pollMs: 50 });
  });
  afterAll(async () => {
    await hub?.close();
    await opened?.close();
  });

  it("sees saves, approvals, dismissals, comments and presence of the article it follows, in order, and nothing of others", async () => {
    const db = opened.db;
    const { user, articleId, paragraphId } = await article(db);
    const other = await article(db);
    const got = collector();
    const unsubscribe = hub.subscribe(articleId, await hub.latestId(), got.send);
    await saveParagraphText(db, { paragraphId, baseVersion: 1, text: "Texto revisto.", userId: user.id });
    await approveParagraph(db, paragraphId, 2, user.id);
    await dismissFlag(db, { paragraphId, check: "spelling", text: "revisto", reason: null, userId: user.id });
    await startThread({ db, actor: { id: user.id, role: "reviewer" }, paragraphId, version: 2, span: null, body: "Visto." });
    await touchPresence({ db, pageId: "page-0001", articleId, userId: user.id });
    await touchPresence({ db, pageId: "page-0001", articleId, userId: user.id });
    await removePresence({ db, pageId: "page-0001", userId: user.id });
    await saveParagraphText(db, { paragraphId: other.paragraphId, baseVersion: 1, text: "Outro.", userId: user.id });
    await got.until((seen) => seen.length >= 6);
    unsubscribe();
    expect(got.seen.map((c) => [c.kind, c.paragraphId, c.actorId])).toEqual([
      ["save", paragraphId, user.id],
      ["approve", paragraphId, user.id],
      ["dismiss", paragraphId, user.id],
      ["comment", paragraphId, user.id],
      ["presence", null, user.id],
      ["presence", null, user.id],
    ]);
    expect(got.seen.every((c) => c.articleId === articleId)).toBe(true);
  });

  it("sees a new original and a fixed alignment, so that open pages show the new source and its flags", async () => {
    const db = opened.db;
    const { user, articleId } = await article(db);
    const got = collector();
    const unsubscribe = hub.subscribe(articleId, await hub.latestId(), got.send);
    const source = await createSourceText({ db, articleId, language: "zh-Hans", origin: "paste", paragraphs: ["机器的文字。"], links: [{ source: [0], target: [0] }], alignmentOrigin: "auto", userId: user.id });
    expect(await saveAlignment({ db, sourceTextId: source.id, baseVersion: 1, links: [], userId: user.id })).toMatchObject({ ok: true });
    await got.until((seen) => seen.length >= 2);
    unsubscribe();
    expect(got.seen.map((c) => [c.kind, c.paragraphId, c.actorId])).toEqual([
      ["source", null, user.id],
      ["source", null, user.id],
    ]);
  });

  it("gives a stream that comes back with its last id what it missed", async () => {
    const db = opened.db;
    const { user, articleId, paragraphId } = await article(db);
    const from = await hub.latestId();
    await saveParagraphText(db, { paragraphId, baseVersion: 1, text: "Enquanto estava fora.", userId: user.id });
    const got = collector();
    const unsubscribe = hub.subscribe(articleId, from, got.send);
    await got.until((seen) => seen.length === 1);
    unsubscribe();
    expect(got.seen[0]).toMatchObject({ kind: "save", paragraphId });
  });
});

describe.runIf(serverUrl)("live changes across two app servers on one PostgreSQL (LISTEN/NOTIFY)", () => {
  let throwaway: OpenDatabase & { url: string };
  let second: OpenDatabase;
  let hubs: LiveHub[];
  beforeAll(async () => {
    throwaway = await openThrowawayDatabase(serverUrl!);
    second = await openPostgres(throwaway.url);
    // A long poll: what arrives in time arrived by notification.
    hubs = [new LiveHub({ db: throwaway.db, listenUrl: throwaway.url, pollMs: 60_000 }), new LiveHub({ db: second.db, listenUrl: throwaway.url, pollMs: 60_000 })];
  });
  afterAll(async () => {
    for (const hub of hubs ?? []) await hub.close();
    await second?.close();
    await throwaway?.close();
  });

  it("each server's listener sees the other's writes, notified rather than polled", async () => {
    const { user, articleId, paragraphId } = await article(throwaway.db);
    const [a, b] = [collector(), collector()];
    const from = await hubs[0].latestId();
    const stops = [hubs[0].subscribe(articleId, from, a.send), hubs[1].subscribe(articleId, from, b.send)];
    // Let both LISTEN connections settle before writing.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await saveParagraphText(throwaway.db, { paragraphId, baseVersion: 1, text: "Gravado no servidor A.", userId: user.id });
    await startThread({ db: second.db, actor: { id: user.id, role: "reviewer" }, paragraphId, version: 2, span: null, body: "Comentado no servidor B." });
    await Promise.all([a.until((s) => s.length === 2, 3000), b.until((s) => s.length === 2, 3000)]);
    stops.forEach((stop) => stop());
    for (const got of [a, b]) expect(got.seen.map((c) => c.kind)).toEqual(["save", "comment"]);
  });
});
