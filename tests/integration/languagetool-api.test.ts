import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { newApiTokenSecret } from "@/lib/auth/api-token";
import { createApiToken, revokeApiToken } from "@/lib/data/api-tokens";
import { openPglite, type OpenDatabase } from "@/lib/data/db";
import { openPostgresLimitStores, type LimitStores } from "@/lib/data/rate-limit-store";
import { prismaForTests } from "@/lib/data/testing";
import { createUser } from "@/lib/data/users";
import { API_COUNTERS, createApiLimiter } from "@/lib/http/api-rate-limit";
import { languageToolResponseSchema } from "../unit/languagetool/languagetool-response-schema";
import { openThrowawayDatabase, serverUrl } from "./support/postgres";

/** The LanguageTool-compatible endpoint as a client reaches it: form posts, tokens, LanguageTool's answer. */
let opened: OpenDatabase;
vi.stubEnv("DATABASE_URL", "");
vi.mock("@/lib/data/db", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/data/db")>()),
  getDb: async () => opened.db,
}));
const { POST, GET, OPTIONS } = await import("@/app/v2/check/route");
const require = createRequire(import.meta.url);
// The client library's own helpers: what a program written against LanguageTool does with an answer.
const languagetool = require("languagetool-api") as {
  showMistakes(answer: unknown, done: (mistakes: string[]) => void): void;
  bestSuggestion(answer: unknown, done: (s: { mistake: string; bestSuggestion: string }[]) => void): void;
};
const query = require("languagetool-api/query.js") as (args: Record<string, string>) => string;

const TEXT = "A HKUST Xunfei lançou um modelo de linguagem. Para muitas empresas, a IA tornou-se uma necessidade justa.";
let token: string;
let ownerId: number;

function post(fields: Record<string, string>, headers: Record<string, string> = { authorization: `Bearer ${token}` }) {
  return POST(new Request("http://lapidar.test/v2/check", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", ...headers }, body: new URLSearchParams(fields) }));
}

beforeAll(async () => {
  opened = await openPglite();
  const owner = await createUser(opened.db, { email: "editor@example.com", name: "Editor", passwordHash: "x", role: "reviewer" });
  ownerId = owner.id;
  const made = newApiTokenSecret();
  await createApiToken(opened.db, { userId: owner.id, name: "Browser", prefix: made.prefix, hash: made.hash });
  token = made.secret;
}, 60_000);
afterAll(async () => {
  await opened?.close();
});

describe("POST /v2/check", () => {
  it("answers a form post in LanguageTool's documented shape, with Lapidar's garble checks", async () => {
    const response = await post({ text: TEXT, language: "pt-PT" });
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const answer = await response.json();
    expect(languageToolResponseSchema.safeParse(answer).error).toBeUndefined();
    expect(answer.language.code).toBe("pt-PT");
    const spans = answer.matches.map((m: { offset: number; length: number }) => TEXT.slice(m.offset, m.offset + m.length));
    expect(spans).toContain("HKUST Xunfei");
    expect(spans.some((s: string) => s.includes("necessidade justa"))).toBe(true);
    const entity = answer.matches.find((m: { offset: number }) => TEXT.slice(m.offset).startsWith("HKUST"));
    expect(entity.replacements.map((r: { value: string }) => r.value)).toContain("iFlytek");
    expect(entity.rule.id).toBe("LAPIDAR_KNOWN_ENTITY");
  }, 60_000);

  it("is read by a LanguageTool client library as it reads LanguageTool's answers", async () => {
    const answer = await (await post({ text: TEXT, language: "pt-PT" })).json();
    let mistakes: string[] = [];
    languagetool.showMistakes(answer, (m) => (mistakes = m));
    expect(mistakes).toContain("HKUST Xunfei");
    let best: { mistake: string; bestSuggestion: string }[] = [];
    languagetool.bestSuggestion({ matches: answer.matches.filter((m: { replacements: unknown[] }) => m.replacements.length > 0) }, (s) => (best = s));
    expect(best).toContainEqual({ mistake: "HKUST Xunfei", bestSuggestion: "iFlytek" });
  });

  it("takes the query the client library builds, on GET as LanguageTool's server does", async () => {
    const url = encodeURI(`http://lapidar.test/v2/check${query({ language: "pt-PT", text: "A HKUST Xunfei cresceu." })}`);
    const answer = await (await GET(new Request(url, { headers: { authorization: `Bearer ${token}` } }))).json();
    expect(answer.matches.some((m: { replacements: { value: string }[] }) => m.replacements.some((r) => r.value === "iFlytek"))).toBe(true);
  });

  it("takes the token as LanguageTool's apiKey field, and multipart bodies", async () => {
    expect((await post({ text: TEXT, language: "pt-PT", apiKey: token, username: "editor@example.com" }, {})).status).toBe(200);
    const form = new FormData();
    form.set("text", TEXT);
    form.set("language", "pt-BR");
    const multipart = await POST(new Request("http://lapidar.test/v2/check", { method: "POST", headers: { authorization: `Bearer ${token}` }, body: form }));
    expect(multipart.status).toBe(200);
    expect((await multipart.json()).language.code).toBe("pt-BR");
  });

  it("answers offsets in the client's document when it sends annotated text", async () => {
    const annotation = [{ text: "A " }, { markup: "<b>" }, { text: "HKUST Xunfei" }, { markup: "</b>" }, { text: " cresceu." }];
    const source = "A <b>HKUST Xunfei</b> cresceu.";
    const answer = await (await post({ data: JSON.stringify({ annotation }), language: "pt-PT" })).json();
    const spans = answer.matches.map((m: { offset: number; length: number }) => source.slice(m.offset, m.offset + m.length));
    expect(spans).toContain("HKUST Xunfei");
  });

  it("leaves out disabled rules and categories, or keeps only the enabled ones", async () => {
    const all = (await (await post({ text: TEXT, language: "pt-PT" })).json()).matches as { rule: { id: string; category: { id: string } } }[];
    const without = (await (await post({ text: TEXT, language: "pt-PT", disabledRules: "LAPIDAR_KNOWN_ENTITY" })).json()).matches as typeof all;
    expect(without.length).toBeLessThan(all.length);
    expect(without.some((m) => m.rule.id === "LAPIDAR_KNOWN_ENTITY")).toBe(false);
    const only = (await (await post({ text: TEXT, language: "pt-PT", enabledOnly: "true", enabledRules: "known-entity" })).json()).matches as typeof all;
    expect(only.length).toBeGreaterThan(0);
    expect(only.every((m) => m.rule.id === "LAPIDAR_KNOWN_ENTITY")).toBe(true);
    const noTerms = (await (await post({ text: TEXT, language: "pt-PT", disabledCategories: "TERMINOLOGY" })).json()).matches as typeof all;
    expect(noTerms.some((m) => m.rule.category.id === "TERMINOLOGY")).toBe(false);
  });

  it("refuses without a token, with a malformed, unknown or revoked one, and for a disabled account", async () => {
    const plain = async (r: Response) => ({ status: r.status, text: await r.text() });
    expect(await plain(await post({ text: TEXT, language: "pt-PT" }, {}))).toMatchObject({ status: 401, text: expect.stringContaining("API token is needed") });
    expect((await post({ text: TEXT, language: "pt-PT" }, { authorization: "Bearer nonsense" })).status).toBe(401);
    expect((await post({ text: TEXT, language: "pt-PT" }, { authorization: `Bearer ${newApiTokenSecret().secret}` })).status).toBe(401);

    const spare = newApiTokenSecret();
    const row = await createApiToken(opened.db, { userId: ownerId, name: "Old laptop", prefix: spare.prefix, hash: spare.hash });
    if (row === "too-many") throw new Error("unexpected");
    expect((await post({ text: TEXT, language: "pt-PT" }, { authorization: `Bearer ${spare.secret}` })).status).toBe(200);
    await revokeApiToken(opened.db, { id: row.id });
    expect(await plain(await post({ text: TEXT, language: "pt-PT" }, { authorization: `Bearer ${spare.secret}` }))).toMatchObject({ status: 401, text: expect.stringContaining("revoked") });

    const other = await createUser(opened.db, { email: "gone@example.com", name: "Gone", passwordHash: "x", role: "reviewer" });
    const theirs = newApiTokenSecret();
    await createApiToken(opened.db, { userId: other.id, name: "x", prefix: theirs.prefix, hash: theirs.hash });
    // Past updateUserAccess, which wants an administrator left: this installation has none.
    await prismaForTests(opened.db).user.update({ where: { id: other.id }, data: { disabled: true } });
    expect((await post({ text: TEXT, language: "pt-PT" }, { authorization: `Bearer ${theirs.secret}` })).status).toBe(401);
  });

  it("refuses a bad request with LanguageTool's plain-text error", async () => {
    const response = await post({ text: TEXT, language: "fr" });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/^Error: Lapidar checks Portuguese only/);
    expect((await post({ language: "pt-PT" })).status).toBe(400);
  });

  it("answers a browser's preflight", async () => {
    const response = OPTIONS();
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-headers")).toContain("authorization");
  });
});

describe("the API's request limit", () => {
  it("stops a token past its requests per minute and says how long to wait", async () => {
    const { RateLimiterMemory } = await import("rate-limiter-flexible");
    const limiter = createApiLimiter(new RateLimiterMemory({ points: 3, duration: 60 }), new RateLimiterMemory({ points: 1000, duration: 60 }));
    const waits = [];
    for (let i = 0; i < 4; i++) waits.push(await limiter.consume(7, 10));
    expect(waits.slice(0, 3)).toEqual([0, 0, 0]);
    expect(waits[3]).toBeGreaterThan(0);
    expect(await limiter.consume(8, 10)).toBe(0);
  });

  it("counts characters too, so that one token cannot keep the flagger busy", async () => {
    const { RateLimiterMemory } = await import("rate-limiter-flexible");
    const limiter = createApiLimiter(new RateLimiterMemory({ points: 100, duration: 60 }), new RateLimiterMemory({ points: 1000, duration: 60 }));
    expect(await limiter.consume(1, 900)).toBe(0);
    expect(await limiter.consume(1, 200)).toBeGreaterThan(0);
  });

  describe.runIf(serverUrl)("on a PostgreSQL server (DATABASE_URL)", () => {
    let database: Awaited<ReturnType<typeof openThrowawayDatabase>>;
    const servers: LimitStores[] = [];
    beforeAll(async () => {
      database = await openThrowawayDatabase(serverUrl!);
    });
    afterAll(async () => {
      await Promise.all(servers.map((stores) => stores.close()));
      await database?.close();
    });

    it("is shared by two app servers on one database", async () => {
      const server = () => {
        const stores = openPostgresLimitStores(database.url);
        servers.push(stores);
        return createApiLimiter(stores.store({ ...API_COUNTERS.requests, points: 4 }), stores.store({ ...API_COUNTERS.characters, points: 10_000 }));
      };
      const [a, b] = [server(), server()];
      const waits = [await a.consume(1, 5), await b.consume(1, 5), await a.consume(1, 5), await b.consume(1, 5), await a.consume(1, 5)];
      expect(waits.slice(0, 4)).toEqual([0, 0, 0, 0]);
      expect(waits[4]).toBeGreaterThan(0);
    });
  });
});
