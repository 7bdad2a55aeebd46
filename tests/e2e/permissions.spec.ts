import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { encode } from "next-auth/jwt";
import config from "../../playwright.config";
import { storageState } from "./support/accounts";
import { msg } from "./support/messages";
import { UI_LOCALES } from "@/lib/i18n/config";

/**
 * Every page, route handler and server action, called as every kind of visitor. The surface is read
 * from the code (app/ and the "use server" modules, plus the build's action manifest), so a new entry
 * point without a rule below fails this test instead of going unchecked.
 */

// "token": the LanguageTool-compatible API answers API tokens only, never a session cookie (tests/e2e/api-tokens.spec.ts
// and tests/integration/languagetool-api.test.ts call it with tokens).
type Need = "public" | "viewer" | "reviewer" | "admin" | "token";
const RULES: Record<string, Need> = {
  "page /": "viewer",
  "page /account": "viewer",
  "page /articles/[id]": "viewer",
  "page /articles/[id]/report": "viewer",
  "page /articles/[id]/details": "viewer",
  "page /articles/[id]/source": "viewer",
  "page /articles/[id]/alignment": "viewer",
  "page /concordance": "viewer",
  "page /dictionary": "viewer",
  "page /glossary": "viewer",
  "page /import": "reviewer",
  "page /login": "public",
  "page /mentions": "viewer",
  "page /setup": "public",
  "page /users": "admin",
  "GET /api/articles/[id]/backup": "reviewer",
  "GET /api/articles/[id]/events": "viewer",
  "GET /api/articles/[id]/export": "viewer",
  "GET /api/articles/[id]/export/report": "viewer",
  "POST /api/articles/[id]/publish": "reviewer",
  "GET /api/articles/[id]/source": "viewer",
  "POST /api/articles/[id]/source": "reviewer",
  "POST /api/articles/[id]/source/alignment": "reviewer",
  "GET /v2/languages": "public",
  "GET /v2/check": "token",
  "POST /v2/check": "token",
  "GET /api/auth/[...nextauth]": "public",
  "POST /api/auth/[...nextauth]": "public",
  "POST /api/backup/restore": "admin",
  "GET /api/glossary/export": "viewer",
  "POST /api/glossary/import": "reviewer",
  "POST /api/import": "reviewer",
  "POST /api/import/xliff": "reviewer",
  "GET /api/paragraphs/[id]": "viewer",
  "PUT /api/paragraphs/[id]": "reviewer",
  "action change-own-password#changeOwnPassword": "viewer",
  "action choose-own-ui-locale#chooseOwnUiLocale": "viewer",
  "action choose-visitor-ui-locale#chooseVisitorUiLocale": "public",
  "action create-own-api-token#createOwnApiToken": "viewer",
  "action revoke-own-api-token#revokeOwnApiToken": "viewer",
  "action archive-article#archiveArticle": "admin",
  "action assign-article#assignArticle": "admin",
  "action decide-article-status#decideArticleStatus": "reviewer",
  "action edit-article-metadata#editArticleMetadata": "reviewer",
  "action edit-alignment#editAlignment": "reviewer",
  "action annotate-span#annotateSpan": "reviewer",
  "action annotate-flag#annotateFlag": "reviewer",
  "action delete-annotation#deleteAnnotation": "reviewer",
  "action create-first-administrator#createFirstAdministrator": "public",
  "action add-dictionary-word#addDictionaryWord": "reviewer",
  "action edit-dictionary-word#editDictionaryWord": "reviewer",
  "action remove-dictionary-word#removeDictionaryWord": "reviewer",
  "action dictionary-word-history#dictionaryWordHistory": "viewer",
  "action preview-apply-to-all#previewApplyToAll": "reviewer",
  "action apply-to-all#applyToAll": "reviewer",
  "action undo-apply-to-all#undoApplyToAll": "reviewer",
  "action save-glossary-entry#saveGlossaryEntry": "reviewer",
  "action remove-glossary-entry#removeGlossaryEntry": "reviewer",
  "action glossary-entry-history#glossaryEntryHistory": "viewer",
  "action accept-glossary-suggestion#acceptGlossarySuggestion": "reviewer",
  "action reject-glossary-suggestion#rejectGlossarySuggestion": "reviewer",
  "action find-spelling-suggestions#findSpellingSuggestions": "reviewer",
  "action ignore-word-in-article#ignoreWordInArticle": "reviewer",
  "action stop-ignoring-word#stopIgnoringWord": "reviewer",
  "action create-account#createAccount": "admin",
  "action change-access#changeAccess": "admin",
  "action reset-password#resetPassword": "admin",
  "action undo-change#undoChange": "reviewer",
  // Comment commands admit every signed-in role; what a viewer may not do (write) is refused by the
  // rules in lib/auth/permissions/comment.ts, tested in tests/integration/comments.test.ts.
  "action start-comment-thread#startCommentThread": "viewer",
  "action reply-to-thread#replyToThread": "viewer",
  "action set-thread-status#setThreadStatus": "viewer",
  "action edit-comment#editComment": "viewer",
  "action delete-comment#deleteComment": "viewer",
  "action list-comment-threads#listCommentThreads": "viewer",
  "action list-comment-people#listCommentPeople": "reviewer",
  "action list-my-mentions#listMyMentions": "viewer",
  "action mark-mentions-read#markMentionsRead": "viewer",
  "action touch-article-presence#touchArticlePresence": "viewer",
  "action live-update#liveUpdate": "viewer",
  "action save-paragraph#saveParagraph": "reviewer",
  "action accept-suggestion#acceptSuggestion": "reviewer",
  "action approve-paragraph#approveParagraph": "reviewer",
  "action change-paragraph-kind#changeParagraphKind": "reviewer",
  "action dismiss-flag#dismissFlag": "reviewer",
  "action restore-dismissal#restoreDismissal": "reviewer",
  "action paragraph-history#paragraphHistory": "viewer",
  "action restore-revision#restoreRevision": "reviewer",
  "action count-machine-flags#countMachineFlags": "viewer",
};

const ROOT = path.resolve(import.meta.dirname, "..", "..");

function filesNamed(dir: string, name: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, encoding: "utf8" })
    .filter((file) => path.basename(file) === name)
    .map((file) => path.join(dir, file));
}

const urlOf = (file: string) => "/" + path.dirname(path.relative("app", file)).split(path.sep).filter((s) => s !== ".").join("/");

function scanSurface(): string[] {
  const pages = filesNamed("app", "page.tsx").map((file) => `page ${urlOf(file)}`);
  const routes = filesNamed("app", "route.ts").flatMap((file) => {
    const source = readFileSync(path.join(ROOT, file), "utf8");
    const methods = [...source.matchAll(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b|\bas (GET|POST|PUT|PATCH|DELETE)\b/g)];
    return methods.map((m) => `${m[1] ?? m[2]} ${urlOf(file)}`);
  });
  const actions = readdirSync(path.join(ROOT, "lib/actions"))
    .filter((file) => /^\s*["']use server["']/.test(readFileSync(path.join(ROOT, "lib/actions", file), "utf8")))
    .flatMap((file) => {
      const source = readFileSync(path.join(ROOT, "lib/actions", file), "utf8");
      return [...source.matchAll(/export (?:const|async function|function) (\w+)/g)].map((m) => `action ${file.replace(/\.ts$/, "")}#${m[1]}`);
    });
  return [...pages, ...routes, ...actions].sort();
}

interface ManifestAction {
  id: string;
  key: string;
  page: string;
}

/** Server actions reachable over HTTP, from the production build's manifest. */
function buildActions(): ManifestAction[] {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; exportedName: string; filename: string }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => ({
    id,
    key: `action ${path.basename(entry.filename).replace(/\.ts$/, "")}#${entry.exportedName}`,
    page: Object.keys(entry.workers)[0].replace(/^app/, "").replace(/\/page$/, "") || "/",
  }));
}

test("every page, route handler and server action in the code has a permission rule", () => {
  const surface = scanSurface();
  expect(surface.filter((key) => !(key in RULES)), "entry points without a rule").toEqual([]);
  expect(Object.keys(RULES).filter((key) => !surface.includes(key)), "rules for entry points that no longer exist").toEqual([]);
  const outsideActions = buildActions().filter((action) => !(action.key in RULES));
  expect(outsideActions.map((a) => a.key), "server actions outside lib/actions").toEqual([]);
});

type Identity = "anonymous" | "viewer" | "reviewer" | "admin" | "forged" | "expired" | "viewer-claiming-admin";
const RANK: Record<Identity, number> = {
  anonymous: -1,
  forged: -1,
  expired: -1,
  viewer: 0,
  "viewer-claiming-admin": 0,
  reviewer: 1,
  admin: 2,
};
const NEED_RANK: Record<Need, number> = { public: -1, viewer: 0, reviewer: 1, admin: 2, token: Number.POSITIVE_INFINITY };
const COOKIE = "next-auth.session-token";

const secret = (config.webServer as { env: Record<string, string> }).env.NEXTAUTH_SECRET;
const baseURL = config.use!.baseURL!;

/** A session cookie as next-auth writes it, for tokens no sign-in would ever hand out. */
async function tokenCookie(identity: "forged" | "expired" | "viewer-claiming-admin", viewerId: number) {
  const reviewerLike = { name: "Rui Revisor", email: "reviewer@lapidar.test", uid: viewerId };
  const value =
    identity === "forged"
      ? await encode({ token: { ...reviewerLike, role: "admin" }, secret: "another-installation-secret" })
      : identity === "expired"
        ? await encode({ token: { ...reviewerLike, role: "reviewer" }, secret, maxAge: -60 })
        : await encode({ token: { ...reviewerLike, role: "admin" }, secret });
  const { hostname } = new URL(baseURL);
  return { cookies: [{ name: COOKIE, value, domain: hostname, path: "/", expires: -1, httpOnly: true, secure: false, sameSite: "Lax" as const }], origins: [] };
}

async function contextFor(identity: Identity, viewerId: number): Promise<APIRequestContext> {
  const options = { baseURL, maxRedirects: 0 };
  if (identity === "anonymous") return playwrightRequest.newContext(options);
  if (identity === "viewer" || identity === "reviewer" || identity === "admin") {
    return playwrightRequest.newContext({ ...options, storageState: storageState(identity) });
  }
  return playwrightRequest.newContext({ ...options, storageState: await tokenCookie(identity, viewerId) });
}

type Verdict = "allowed" | "denied";
interface Case {
  key: string;
  call: (api: APIRequestContext) => Promise<Verdict | string>;
}

// In whichever interface language the request gets: the refusal is worded on the server.
const PERMISSION_ERRORS = UI_LOCALES.flatMap((locale) => ["notSignedIn", "readOnlyAccount", "adminsOnly"].map((key) => msg("refusals", locale)[key] as string));

function pageCase(key: string, url: string): Case {
  return {
    key,
    async call(api) {
      const response = await api.get(url);
      // Public pages send signed-in visitors (or everyone, once set up) elsewhere; they must only not fail.
      if (RULES[key] === "public") return response.status() < 500 ? "allowed" : `status ${response.status()}`;
      const location = response.headers()["location"] ?? "";
      if (response.status() >= 300 && response.status() < 400) return /\/login(\?|$)/.test(location) ? "denied" : "allowed";
      if (response.status() === 200) return "allowed";
      // A lower role is shown "not found", as if the page did not exist for them.
      return response.status() === 404 ? "denied" : `status ${response.status()}`;
    },
  };
}

function routeCase(key: string, method: string, url: string): Case {
  return {
    key,
    async call(api) {
      // Bodies are empty or invalid on purpose: an allowed caller gets a validation answer, nothing is written.
      const response = await api.fetch(url, { method, data: method === "GET" ? undefined : "" });
      // 401 from the proxy (no valid session) or the handler; 403 from the handler (role, cross-site).
      if (response.status() === 401 || response.status() === 403) return "denied";
      return response.status() < 300 || response.status() === 400 || response.status() === 404 || response.status() === 409 || response.status() === 413 ? "allowed" : `status ${response.status()}`;
    },
  };
}

function actionCase(action: ManifestAction, pageUrl: (pattern: string) => string): Case {
  return {
    key: action.key,
    async call(api) {
      const response = await api.post(pageUrl(action.page), {
        headers: { "Next-Action": action.id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Origin: baseURL },
        data: JSON.stringify([{}]),
      });
      const body = await response.text();
      // An anonymous POST to a page is turned away by the proxy before the action runs.
      if (response.status() >= 300 && response.status() < 400) return "denied";
      const error = body.match(/"ok":false,"error":"((?:[^"\\]|\\.)*)"/)?.[1];
      if (error !== undefined) return PERMISSION_ERRORS.includes(JSON.parse(`"${error}"`)) ? "denied" : "allowed";
      return body.includes('"ok":true') ? "allowed" : `status ${response.status()}: ${body.slice(0, 200)}`;
    },
  };
}

test.describe("permissions matrix", () => {
  let articleId = 0;
  let paragraphId = 0;
  let viewerId = 0;

  test.beforeAll(async () => {
    const reviewer = await contextFor("reviewer", 0);
    const imported = await reviewer.post("/api/import", {
      multipart: { locale: "pt-PT", title: "Permissões", text: "Título de teste\n\nUm parágrafo para a matriz de permissões." },
    });
    const done = (await imported.text()).trim().split("\n").map((line) => JSON.parse(line)).find((e) => e.type === "done");
    articleId = done.id;
    const page = await reviewer.get(`/articles/${articleId}`);
    // The page's props carry each paragraph as {"id":…,"articleId":…} (escaped inside the HTML).
    const html = await page.text();
    paragraphId = Number(html.match(new RegExp(`data-paragraph-id="(\\d+)"|\\\\?"id\\\\?":(\\d+),\\\\?"articleId\\\\?":${articleId}\\b`))?.slice(1).find(Boolean));
    await reviewer.dispose();
    const viewer = await contextFor("viewer", 0);
    const session = await (await viewer.get("/api/auth/session")).json();
    viewerId = session.user.id;
    await viewer.dispose();
    expect(articleId).toBeGreaterThan(0);
    expect(paragraphId).toBeGreaterThan(0);
  });

  const identities: Identity[] = ["anonymous", "forged", "expired", "viewer", "viewer-claiming-admin", "reviewer", "admin"];
  for (const identity of identities) {
    test(`as ${identity}`, async () => {
      test.setTimeout(120_000);
      const fill = (pattern: string) => pattern.replace("[id]", String(pattern.includes("paragraphs") ? paragraphId : articleId));
      const surface = scanSurface();
      const cases: Case[] = [
        ...surface.filter((k) => k.startsWith("page ")).map((k) => pageCase(k, fill(k.slice(5)))),
        ...surface
          .filter((k) => /^(GET|POST|PUT|PATCH|DELETE) /.test(k))
          .map((k) => {
            const [method, pattern] = k.split(" ");
            const url = pattern.includes("[...nextauth]") ? pattern.replace("[...nextauth]", "session") : fill(pattern);
            return routeCase(k, method, url);
          }),
        ...buildActions().map((action) => actionCase(action, fill)),
      ];
      const api = await contextFor(identity, viewerId);
      const wrong: string[] = [];
      for (const { key, call } of cases) {
        const expected: Verdict = RANK[identity] >= NEED_RANK[RULES[key]] ? "allowed" : "denied";
        const actual = await call(api);
        if (actual !== expected) wrong.push(`${key}: expected ${expected}, got ${actual}`);
      }
      await api.dispose();
      expect(wrong).toEqual([]);
    });
  }
});
