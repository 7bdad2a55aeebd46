import { readFile } from "node:fs/promises";
import { expect, test, type Download, type Page } from "@playwright/test";
import mammoth from "mammoth";
import Papa from "papaparse";
import { storageState } from "./support/accounts";
import { importSeedArticle } from "./support/articles";
import { msg, tr } from "./support/messages";
import { parseBackup } from "@/lib/backup/parse-backup";
import { backupRefusalText } from "@/lib/backup/wording";
import { UI_LOCALES } from "@/lib/i18n/config";

const ex = msg("export");
const rp = msg("report");
const rt = tr("report");
/** A count-bearing message as a pattern that takes any count, in the singular or the plural. */
const anyCount = (key: string) => new RegExp([1, 2].map((count) => rt(key, { count }).replace(String(count), "\\d+")).join("|"));

test.describe.configure({ mode: "serial" });

const TITLE = "Os modelos em grande escala estão em alta há meio ano";
let articleId: number;

test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageState("reviewer") });
  articleId = await importSeedArticle(await context.newPage());
  await context.close();
});

async function downloaded(download: Download): Promise<Buffer> {
  return readFile((await download.path())!);
}

async function exportFrom(page: Page, format: string, { draft }: { draft: boolean }): Promise<Download> {
  await page.getByRole("button", { name: ex.button }).click();
  const saved = page.waitForEvent("download");
  await page.getByRole("menuitem", { name: format }).click();
  if (draft) {
    const dialog = page.getByRole("alertdialog", { name: ex.draft.title });
    await expect(dialog).toContainText(tr("export")("draft.body", { count: 2, format: "§" }).split("§")[1]);
    await dialog.getByRole("button", { name: ex.draft.export }).click();
  }
  return saved;
}

test("a viewer downloads every format from the article page; unapproved text comes out as a marked draft", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageState("viewer") });
  const page = await context.newPage();
  await page.goto(`/articles/${articleId}`);

  await page.getByRole("button", { name: ex.button }).click();
  await page.screenshot({ path: "/tmp/h6-export-menu.png" });
  await page.getByRole("menuitem", { name: ex.formats.md }).click();
  await page.screenshot({ path: "/tmp/h6-export-draft-dialog.png" });
  const asked = /(\d+) parágrafos? ainda não/.exec((await page.getByRole("alertdialog").textContent()) ?? "")?.[1];
  await page.getByRole("alertdialog").getByRole("button", { name: ex.draft.keep }).click();
  await expect(page.getByRole("alertdialog")).toHaveCount(0);

  const md = await exportFrom(page, ex.formats.md, { draft: true });
  expect(md.suggestedFilename()).toMatch(/^os-modelos-em-grande-escala.*-draft\.md$/);
  const markdown = (await downloaded(md)).toString("utf8");
  expect(markdown).toMatch(/^# Os modelos em grande escala/);
  // The page asks with the same count the file carries.
  expect(markdown).toContain(`> **RASCUNHO — ${asked} parágrafos não aprovados**`);
  expect(markdown).not.toContain("Ver original");

  const txt = (await downloaded(await exportFrom(page, ex.formats.txt, { draft: true }))).toString("utf8");
  expect(txt.split("\n")[0]).toMatch(/^RASCUNHO — \d+ parágrafos não aprovados$/);

  const html = (await downloaded(await exportFrom(page, ex.formats.html, { draft: true }))).toString("utf8");
  expect(html).toContain(`<title>[RASCUNHO] ${TITLE}`);
  expect(html).not.toContain("<script");

  const docx = await downloaded(await exportFrom(page, ex.formats.docx, { draft: true }));
  const { value: docxText } = await mammoth.extractRawText({ buffer: docx });
  expect(docxText).toContain(TITLE);
  expect(docxText).toMatch(/RASCUNHO — \d+ parágrafos não aprovados/);

  const csv = (await downloaded(await exportFrom(page, ex.formats.csv, { draft: false }))).toString("utf8");
  const table = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true });
  expect(table.errors).toEqual([]);
  expect(table.data.find((r) => r.machine_text.includes("HKUST Xunfei"))?.flags_open).not.toBe("0");

  // Viewers read and download, but a backup names everyone by e-mail and is for reviewers.
  expect((await page.request.get(`/api/articles/${articleId}/backup`)).status()).toBe(403);
  await context.close();
});

test("the download routes answer with the declared type, a safe file name and nosniff", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageState("reviewer") });
  const response = await context.request.get(`/api/articles/${articleId}/export?format=html&draft=1`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/html; charset=utf-8");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="os-modelos-[a-z0-9-]+-draft\.html"/);
  const refused = await context.request.get(`/api/articles/${articleId}/export?format=md`);
  expect(refused.status()).toBe(409);
  const { notApproved, error } = (await refused.json()) as { notApproved: number; error: string };
  expect(notApproved).toBeGreaterThan(0);
  // Worded in the request's interface language.
  expect(UI_LOCALES.map((locale) => tr("refusals", locale)("notApproved", { count: notApproved }))).toContain(error);
  expect((await context.request.get(`/api/articles/${articleId}/export?format=pdf`)).status()).toBe(400);
  await context.close();
});

test("a viewer opens the quality report, sees its charts and downloads it as HTML and CSV", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageState("viewer") });
  const page = await context.newPage();
  await page.goto(`/articles/${articleId}`);
  await page.getByRole("link", { name: ex.report }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${articleId}/report$`));
  await expect(page.getByRole("heading", { level: 1, name: rp.title })).toBeVisible();
  // Nothing is annotated yet: no score, and the major flags still open are named rather than hidden by a pass.
  await expect(page.getByTestId("mqm-score")).toHaveText(rp.cards.notScored);
  await expect(page.getByTestId("mqm-verdict")).toContainText(rt("cards.noErrors", { threshold: "" }).trim());
  await expect(page.getByTestId("mqm-open-serious")).toContainText(anyCount("cards.openMajor"));
  await expect(page.locator(".recharts-bar-rectangle").first()).toBeVisible();
  await expect(page.getByRole("table", { name: rp.flags.byCheck }).getByRole("row")).not.toHaveCount(1);
  await page.screenshot({ path: "/tmp/h6-report-page.png", fullPage: true });
  for (const [name, size] of [["1440", { width: 1440, height: 900 }], ["390", { width: 390, height: 844 }]] as const) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `/tmp/i15-report-${name}.png` });
  }
  await page.setViewportSize({ width: 1280, height: 720 });

  await page.getByLabel(rp.scoring.scheme).selectOption("wmt");
  await page.getByLabel(rp.scoring.threshold).fill("99");
  await page.getByRole("button", { name: rp.scoring.rescore }).click();
  await expect(page).toHaveURL(/preset=wmt&threshold=99/);
  await expect(page.getByTestId("mqm-verdict")).toHaveText(rt("cards.noErrors", { threshold: 99 }));

  const html = page.waitForEvent("download");
  await page.getByRole("link", { name: rp.page.downloadHtml }).click();
  const report = (await downloaded(await html)).toString("utf8");
  // The file is worded in the reader's language, like the page.
  expect(report).toContain(`<title>${rp.title} — Os modelos em grande escala`);
  expect(report).toContain(rt("cards.noErrors", { threshold: 99 }));
  expect(report).toContain(rp.cards.notScored);

  const csvDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: rp.page.downloadCsv }).click();
  const rows = Papa.parse<Record<string, string>>((await downloaded(await csvDownload)).toString("utf8").replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true });
  expect(rows.data.find((r) => r.section === "mqm" && r.measure === "threshold")?.value).toBe("99");
  expect(rows.data.filter((r) => r.section === "paragraph").length).toBeGreaterThan(60);
  await context.close();
});

test("a reviewer's JSON backup restores as a new article; a damaged one is refused and changes nothing", async ({ browser }) => {
  const reviewer = await browser.newContext({ storageState: storageState("reviewer") });
  const page = await reviewer.newPage();
  await page.goto(`/articles/${articleId}/report`);
  await page.getByRole("button", { name: ex.button }).click();
  const saved = page.waitForEvent("download");
  await page.getByRole("menuitem", { name: ex.backup }).click();
  const backup = await downloaded(await saved);
  expect(JSON.parse(backup.toString("utf8"))).toMatchObject({ format: "lapidar.article-backup", version: 1 });
  expect((await reviewer.request.post("/api/backup/restore", { data: backup.toString("utf8") })).status()).toBe(403);
  await reviewer.close();

  const admin = await browser.newContext({ storageState: storageState("admin") });
  const headerOnly = '{"format":"lapidar.article-backup","version":1}';
  const bad = await admin.request.post("/api/backup/restore", { multipart: { file: { name: "x.json", mimeType: "application/json", buffer: Buffer.from(headerOnly) } } });
  expect(bad.status()).toBe(400);
  // Worded in the request's interface language: the file lacks everything after its header.
  const parsed = parseBackup(headerOnly);
  if (parsed.ok) throw new Error("a backup of only its header was accepted");
  expect(UI_LOCALES.map((locale) => backupRefusalText(locale, parsed.refusal))).toContain((await bad.json()).error);
  const restored = await admin.request.post("/api/backup/restore", { multipart: { file: { name: "backup.json", mimeType: "application/json", buffer: backup } } });
  expect(restored.status()).toBe(201);
  const { id, paragraphs } = (await restored.json()) as { id: number; paragraphs: number };
  expect(id).not.toBe(articleId);
  const adminPage = await admin.newPage();
  await adminPage.goto(`/articles/${id}`);
  await expect(adminPage.getByRole("heading", { level: 1 })).toContainText(TITLE);
  await expect(adminPage.getByTestId("paragraph-count")).toHaveText(String(paragraphs));
  await admin.close();
});
