import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POST as restore } from "@/app/api/backup/restore/route";
import { GET as backup } from "@/app/api/articles/[id]/backup/route";
import { GET as events } from "@/app/api/articles/[id]/events/route";
import { GET as exportArticle } from "@/app/api/articles/[id]/export/route";
import { GET as exportReport } from "@/app/api/articles/[id]/export/report/route";
import { POST as publish } from "@/app/api/articles/[id]/publish/route";
import { GET as exportGlossary } from "@/app/api/glossary/export/route";
import { PUT as saveParagraph } from "@/app/api/paragraphs/[id]/route";
import { createArticle, getArticle } from "@/lib/data/articles";
import { openPglite, type OpenDatabase } from "@/lib/data/db";
import { createUser } from "@/lib/data/users";
import type { UiLocale } from "@/lib/i18n/config";

// A route judges the caller by the session next-auth reads, and words its refusals in the request's interface
// language as next-intl reads it; here both are whatever the test says.
const request = vi.hoisted(() => ({ userId: null as number | null, locale: "pt-PT" }));
vi.mock("next-auth", async (original) => ({
  ...(await original<typeof import("next-auth")>()),
  getServerSession: async () => (request.userId === null ? null : { user: { id: request.userId }, signedInAt: Date.now() }),
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
vi.mock("next-intl/server", async (original) => ({ ...(await original<typeof import("next-intl/server")>()), getLocale: async () => request.locale }));

const BASE = "http://lapidar.test";
let opened: OpenDatabase;
let articleId: number;
let paragraphId: number;

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET ??= "integration-test-secret";
  opened = await openPglite();
  (globalThis as unknown as { __lapidarDb?: Promise<OpenDatabase> }).__lapidarDb = Promise.resolve(opened);
  request.userId = (await createUser(opened.db, { email: "admin@example.com", name: "Admin", passwordHash: "x", role: "admin" })).id;
  const article = await createArticle(opened.db, { title: "Recusas", author: null, sourceName: null, sourceUrl: null, locale: "pt-PT", paragraphs: [{ kind: "body", text: "Um parágrafo por aprovar." }] }, request.userId);
  articleId = article.id;
  paragraphId = (await getArticle(opened.db, articleId))!.paragraphs[0].id;
}, 120_000);
afterAll(async () => {
  (globalThis as unknown as { __lapidarDb?: unknown }).__lapidarDb = undefined;
  await opened?.close();
});

const context = (id: number | string) => ({ params: Promise.resolve({ id: String(id) }) });

/** The refusal a route answers, in the given interface language. */
async function refusal(locale: UiLocale, answer: () => Promise<Response>): Promise<{ status: number; error: string }> {
  request.locale = locale;
  const response = await answer();
  return { status: response.status, error: ((await response.json()) as { error: string }).error };
}

describe("route refusals are worded in the request's interface language", () => {
  it("a backup that is not JSON, or no file at all", async () => {
    const notJson = () => restore(new Request(`${BASE}/api/backup/restore`, { method: "POST", body: "{oops" }), undefined);
    expect(await refusal("pt-PT", notJson)).toEqual({ status: 400, error: "O ficheiro não é JSON válido, por isso não pode ser uma cópia de segurança do Lapidar." });
    expect(await refusal("en", notJson)).toEqual({ status: 400, error: "The file is not valid JSON, so it cannot be a Lapidar backup." });
    const noFile = () => restore(new Request(`${BASE}/api/backup/restore`, { method: "POST", body: new FormData() }), undefined);
    expect(await refusal("pt-PT", noFile)).toEqual({ status: 400, error: "Escolha um ficheiro de cópia de segurança (.json)." });
    expect(await refusal("pt-BR", noFile)).toEqual({ status: 400, error: "Escolha um arquivo de backup (.json)." });
    expect(await refusal("en", noFile)).toEqual({ status: 400, error: "Choose a backup file (.json)." });
  });

  it("an article that does not exist, in every route that serves one", async () => {
    const missing = [
      () => backup(new Request(`${BASE}/api/articles/999999/backup`), context(999999)),
      () => events(new Request(`${BASE}/api/articles/999999/events`), context(999999)),
      () => exportArticle(new Request(`${BASE}/api/articles/999999/export?format=md`), context(999999)),
      () => exportArticle(new Request(`${BASE}/api/articles/999999/export?format=tmx`), context(999999)),
      () => exportReport(new Request(`${BASE}/api/articles/999999/export/report?format=csv`), context(999999)),
    ];
    for (const answer of missing) {
      expect(await refusal("pt-PT", answer)).toEqual({ status: 404, error: "Esse artigo não existe." });
      expect(await refusal("en", answer)).toEqual({ status: 404, error: "There is no such article." });
    }
  });

  it("a format the export does not know, naming the ones it does", async () => {
    const pdf = () => exportArticle(new Request(`${BASE}/api/articles/${articleId}/export?format=pdf`), context(articleId));
    expect(await refusal("pt-PT", pdf)).toEqual({ status: 400, error: "Escolha um formato: md, txt, html, docx, csv, xliff, xliff12, tmx." });
    expect(await refusal("en", pdf)).toEqual({ status: 400, error: "Choose a format: md, txt, html, docx, csv, xliff, xliff12, tmx." });
    const report = () => exportReport(new Request(`${BASE}/api/articles/${articleId}/export/report?format=pdf`), context(articleId));
    expect(await refusal("en", report)).toEqual({ status: 400, error: "Choose a format: html, csv." });
    const published = () => publish(new Request(`${BASE}/api/articles/${articleId}/publish?format=csv`, { method: "POST" }), context(articleId));
    expect(await refusal("pt-PT", published)).toEqual({ status: 400, error: "Escolha um formato: md, txt, html, docx." });
    const glossary = () => exportGlossary(new Request(`${BASE}/api/glossary/export?format=xlsx`), undefined);
    expect(await refusal("pt-PT", glossary)).toEqual({ status: 400, error: "Escolha um formato: csv, tbx." });
  });

  it("an export held back by unapproved paragraphs, or a TMX without the original", async () => {
    const md = () => exportArticle(new Request(`${BASE}/api/articles/${articleId}/export?format=md`), context(articleId));
    expect(await refusal("pt-PT", md)).toEqual({ status: 409, error: "1 parágrafo ainda não está aprovado. Aprove-o, ou exporte um rascunho marcado como tal." });
    expect(await refusal("en", md)).toEqual({ status: 409, error: "1 paragraph is not approved yet. Approve it, or export a draft marked as such." });
    const tmx = () => exportArticle(new Request(`${BASE}/api/articles/${articleId}/export?format=tmx`), context(articleId));
    expect(await refusal("pt-PT", tmx)).toEqual({ status: 409, error: "Uma memória TMX precisa do original chinês, e este artigo não o tem: dê-lhe primeiro o seu original." });
    expect(await refusal("en", tmx)).toEqual({ status: 409, error: "A TMX memory needs the Chinese original, and this article has none: give it its original first." });
  });

  it("an event stream opened without asking for one", async () => {
    const plain = () => events(new Request(`${BASE}/api/articles/${articleId}/events`), context(articleId));
    expect(await refusal("pt-PT", plain)).toEqual({ status: 400, error: "Isto é um fluxo de eventos: abra-o com EventSource (Accept: text/event-stream)." });
    expect(await refusal("en", plain)).toEqual({ status: 400, error: "This is an event stream: open it with EventSource (Accept: text/event-stream)." });
  });

  it("a paragraph that does not exist, or a save based on an older version", async () => {
    const put = (id: number, baseVersion: number) => () =>
      saveParagraph(new Request(`${BASE}/api/paragraphs/${id}`, { method: "PUT", body: JSON.stringify({ baseVersion, text: "Outro texto." }) }), context(id));
    expect(await refusal("pt-PT", put(999999, 1))).toEqual({ status: 404, error: "Esse parágrafo não existe." });
    expect(await refusal("en", put(999999, 1))).toEqual({ status: 404, error: "There is no such paragraph." });
    expect((await put(paragraphId, 1)()).status).toBe(200);
    expect(await refusal("pt-PT", put(paragraphId, 1))).toEqual({ status: 409, error: "Este parágrafo mudou desde a sua versão; nada foi guardado." });
    expect(await refusal("en", put(paragraphId, 1))).toEqual({ status: 409, error: "This paragraph changed since your version; nothing was saved." });
  });

  it("a write from another site", async () => {
    const crossSite = () => restore(new Request(`${BASE}/api/backup/restore`, { method: "POST", body: "{}", headers: { origin: "https://elsewhere.example" } }), undefined);
    expect(await refusal("pt-PT", crossSite)).toEqual({ status: 403, error: "Os pedidos vindos de outros sites são recusados." });
    expect(await refusal("en", crossSite)).toEqual({ status: 403, error: "Requests from other sites are refused." });
  });
});
