import { readFileSync } from "node:fs";
import path from "node:path";
import mammoth from "mammoth";
import { expect, test, type Page } from "@playwright/test";
import { storageState } from "./support/accounts";
import { msg } from "./support/messages";

const w = msg("workspace");

/**
 * Markup typed into a paragraph, a title, a glossary entry or a reviewer's name is text: it shows as
 * written on every page and in every export, and never runs. Writes from another site are refused.
 */

// Each payload sets window.__xss if it ever runs, and is recognisable when rendered as text.
const PAYLOADS = [
  `<img src=x onerror="window.__xss=1">`,
  `"><svg onload=window.__xss=1>`,
  `<script>window.__xss=1</script>`,
  `<a href="javascript:window.__xss=1">clique</a>`,
];
const TITLE = `Título <script>window.__xss=1</script> & "aspas"`;
const REVIEWER = { name: `Rui <img src=x onerror=window.__xss=1>`, email: "hostile-reviewer@lapidar.test", password: "hostile-password-1" };
const EVIL_ORIGIN = "http://evil.example";

test.describe.configure({ mode: "serial" });

async function expectInert(page: Page) {
  await page.waitForLoadState("networkidle");
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await expect(page.locator("img[src='x'], svg[onload], a[href^='javascript:']")).toHaveCount(0);
}

/** A server action's id in the production build being tested. */
function actionId(exportedName: string): string {
  const manifest = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../.next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName: string }>;
  };
  const id = Object.keys(manifest.node).find((key) => manifest.node[key].exportedName === exportedName);
  if (!id) throw new Error(`No server action named ${exportedName} in the build.`);
  return id;
}

let articleId = 0;
let paragraphId = 0;

test.describe("hostile input", () => {
  test.use({ storageState: storageState("reviewer") });

  test("an article full of markup imports and renders as text", async ({ page }) => {
    page.on("dialog", () => {
      throw new Error("a script opened a dialog");
    });
    await page.goto("/");
    const text = ["Artigo com marcação hostil", ...PAYLOADS.map((p, i) => `Parágrafo ${i + 1} contém ${p} no meio do texto.`)].join("\n\n");
    const imported = await page.request.post("/api/import", {
      multipart: { locale: "pt-PT", title: TITLE, text },
      headers: { origin: new URL(page.url()).origin },
    });
    const done = (await imported.text()).trim().split("\n").map((line) => JSON.parse(line)).find((e) => e.type === "done");
    expect(done, "import outcome").toBeTruthy();
    articleId = done.id;

    await page.goto(`/articles/${articleId}`);
    await expect(page.getByRole("heading", { name: TITLE })).toBeVisible();
    for (const payload of PAYLOADS) await expect(page.getByText(payload, { exact: false }).first()).toBeVisible();
    await expectInert(page);
    const html = await page.content();
    paragraphId = Number(html.match(/data-paragraph-id="(\d+)"/)?.[1]);
    expect(paragraphId).toBeGreaterThan(0);

    await page.goto("/");
    await expect(page.getByText(TITLE)).toBeVisible();
    await expectInert(page);
  });

  test("an edit with markup shows as text in the article, its history and its diff", async ({ page }) => {
    await page.goto(`/articles/${articleId}`);
    const current = await (await page.request.get(`/api/paragraphs/${paragraphId}`)).json();
    const saved = await page.request.put(`/api/paragraphs/${paragraphId}`, {
      data: { baseVersion: current.version, text: `${current.currentText} ${PAYLOADS[1]} ${PAYLOADS[0]}` },
      headers: { origin: new URL(page.url()).origin },
    });
    expect(saved.status()).toBe(200);
    await page.reload();
    await expectInert(page);
    const card = page.locator(`[data-paragraph-id="${paragraphId}"]`);
    await card.getByRole("button", { name: w.row.showDiff }).click();
    await expect(card.getByText(w.row.changes)).toBeVisible();
    await expectInert(page);
    await card.getByRole("button", { name: w.row.history }).click();
    await expect(page.getByRole("dialog")).toBeVisible();
    await expect(page.getByRole("dialog").getByText(PAYLOADS[0], { exact: false }).first()).toBeVisible();
    await expectInert(page);
  });

  test("exports carry the markup as text", async ({ page }) => {
    await page.goto("/");
    for (const format of ["html", "md", "txt", "csv"]) {
      const response = await page.request.get(`/api/articles/${articleId}/export?format=${format}&draft=1`);
      expect(response.status(), format).toBe(200);
      const body = await response.text();
      if (format === "html") {
        expect(body).not.toMatch(/<img src=x|<svg onload|<script>window|href="javascript:/);
        expect(body).toContain("&lt;img src=x");
      }
    }
    const report = await page.request.get(`/api/articles/${articleId}/export/report?format=html`);
    expect(report.status()).toBe(200);
    expect(await report.text()).not.toMatch(/<img src=x|<svg onload|<script>window|href="javascript:/);

    const docx = await page.request.get(`/api/articles/${articleId}/export?format=docx&draft=1`);
    expect(docx.status()).toBe(200);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await docx.body()) });
    expect(value).toContain(PAYLOADS[0]);
    expect(value).toContain(TITLE);
  });

  test("a glossary entry with markup shows as text", async ({ page }) => {
    await page.goto("/glossary");
    const csv = `preferred,variants,type,locale,note\n"Empresa <img src=x onerror=window.__xss=1>","Variante <svg onload=window.__xss=1>",term,pt-PT,"<script>window.__xss=1</script>"\n`;
    const uploaded = await page.request.post("/api/glossary/import", {
      multipart: { file: { name: "hostile.csv", mimeType: "text/csv", buffer: Buffer.from(csv) } },
      headers: { origin: new URL(page.url()).origin },
    });
    expect(uploaded.status(), await uploaded.text()).toBeLessThan(300);
    await page.reload();
    await expect(page.getByText("Empresa <img src=x onerror=window.__xss=1>").first()).toBeVisible();
    await expectInert(page);
    const exported = await page.request.get("/api/glossary/export?format=tbx");
    expect(await exported.text()).not.toContain("<img src=x");
  });

  test("writes from another site are refused and change nothing", async ({ page }) => {
    await page.goto(`/articles/${articleId}`);
    const before = await (await page.request.get(`/api/paragraphs/${paragraphId}`)).json();
    const put = await page.request.put(`/api/paragraphs/${paragraphId}`, {
      data: { baseVersion: before.version, text: "Escrito por outro site." },
      headers: { origin: EVIL_ORIGIN },
    });
    expect(put.status()).toBe(403);
    const noOrigin = await page.request.put(`/api/paragraphs/${paragraphId}`, {
      data: { baseVersion: before.version, text: "Escrito por outro site." },
      headers: { "sec-fetch-site": "cross-site" },
    });
    expect(noOrigin.status()).toBe(403);
    const imported = await page.request.post("/api/import", { multipart: { locale: "pt-PT", text: "Importado por outro site." }, headers: { origin: EVIL_ORIGIN } });
    expect(imported.status()).toBe(403);

    // The save action posted from another origin: Next refuses it before the action runs.
    const action = await page.request.post(`/articles/${articleId}`, {
      headers: { "Next-Action": actionId("saveParagraph"), "Content-Type": "text/plain;charset=UTF-8", origin: EVIL_ORIGIN },
      data: JSON.stringify([{ paragraphId, baseVersion: before.version, text: "Escrito por outro site." }]),
    });
    expect(action.status()).toBeGreaterThanOrEqual(400);
    const after = await (await page.request.get(`/api/paragraphs/${paragraphId}`)).json();
    expect(after.version).toBe(before.version);
    expect(after.currentText).toBe(before.currentText);
    expect((await (await page.request.get("/")).text()).includes("Importado por outro site")).toBe(false);
  });
});

test.describe("a reviewer whose name is markup", () => {
  test.use({ storageState: storageState("admin") });

  test("is shown as text on the users page and beside their edits", async ({ page, browser }) => {
    await page.goto("/users");
    const form = page.locator("form", { has: page.getByRole("heading", { name: msg("users").create.heading }) });
    await form.getByLabel(msg("users").create.name).fill(REVIEWER.name);
    await form.getByLabel(msg("users").create.email).fill(REVIEWER.email);
    await form.getByLabel(msg("users").create.password).fill(REVIEWER.password);
    await form.getByLabel(msg("users").create.role).selectOption("reviewer");
    await form.getByRole("button", { name: msg("users").create.submit }).click();
    await expect(page.getByRole("cell", { name: REVIEWER.email, exact: true })).toBeVisible();
    await expect(page.getByText(REVIEWER.name).first()).toBeVisible();
    await expectInert(page);

    // A context of its own: without an explicit empty state it would inherit the admin's session.
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const other = await context.newPage();
    await other.goto("/login");
    await other.getByLabel("E-mail").fill(REVIEWER.email);
    await other.getByLabel(msg("login").password).fill(REVIEWER.password);
    await other.getByRole("button", { name: msg("login").submit }).click();
    await other.getByRole("heading", { name: msg("articles").list.title }).waitFor();
    const current = await (await other.request.get(`/api/paragraphs/${paragraphId}`)).json();
    const saved = await other.request.put(`/api/paragraphs/${paragraphId}`, {
      data: { baseVersion: current.version, text: `${current.currentText} (revisto)` },
      headers: { origin: new URL(other.url()).origin },
    });
    expect(saved.status()).toBe(200);
    await context.close();

    await page.goto(`/articles/${articleId}`);
    await expectInert(page);
    const report = await page.request.get(`/api/articles/${articleId}/export/report?format=html`);
    expect(await report.text()).not.toContain("<img src=x onerror=window.__xss=1>");
  });
});
