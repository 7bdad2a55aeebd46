import { expect, test } from "@playwright/test";
import { splitPlainText } from "@/lib/import/split-text";
import { storageState } from "./support/accounts";
import { importSeedArticle, paragraphCard } from "./support/articles";
import { readSeedArticle } from "./support/fixtures";
import { importForm } from "./support/import-form";
import { like, msg, tr } from "./support/messages";
import { importText } from "@/lib/import/wording";

const w = msg("workspace");
const lw = like("workspace");
const im = msg("import");
const it = tr("import");

test.use({ storageState: storageState("reviewer") });

test("importing the seed article stores its paragraphs, metadata and boilerplate tail", async ({ page }) => {
  const expected = splitPlainText(readSeedArticle());
  const id = await importSeedArticle(page);

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(expected.title!);
  await expect(page.getByText(`${w.header.author} ${expected.author}`)).toBeVisible();
  await expect(page.getByRole("article")).toHaveCount(expected.paragraphs.length);

  const firstBoilerplate = expected.paragraphs.findIndex((p) => p.kind === "boilerplate");
  const card = paragraphCard(page, firstBoilerplate + 1);
  await expect(card.getByLabel(new RegExp(`^${lw("row.kindLabel").source}`))).toHaveValue("boilerplate");
  await expect(card.getByTestId("current-text")).toHaveText(expected.paragraphs[firstBoilerplate].text);

  await page.goto("/");
  const row = page.getByRole("row", { name: new RegExp(expected.title!.slice(0, 30)) }).first();
  await expect(row).toContainText(String(expected.paragraphs.length));
  await expect(row.getByRole("link")).toHaveAttribute("href", `/articles/${id}`);
});

test("a file that is not UTF-8 is refused with a message and can be converted on confirmation", async ({ page }) => {
  await page.goto("/import");
  const text = "Título de teste\n\nA inteligência artificial avança na China, diz a análise.\n";
  await importForm.file(page).setInputFiles({ name: "latin.txt", mimeType: "text/plain", buffer: Buffer.from(text, "latin1") });
  await importForm.submit(page).click();
  const notice = page.getByRole("main").getByRole("status").filter({ hasText: "UTF-8" });
  await expect(notice).toBeVisible();
  await expect(page).toHaveURL(/\/import$/);

  await page.getByRole("button", { name: it("refusal.convert", { encoding: im.refusal.encodings["windows-1252"] }) }).click();
  await page.waitForURL(/\/articles\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Título de teste");
});

test("an oversized file is refused with a message, by the page and by the server", async ({ page }) => {
  await page.goto("/import");
  const big = Buffer.alloc(6 * 1024 * 1024, "a");
  await importForm.file(page).setInputFiles({ name: "huge.txt", mimeType: "text/plain", buffer: big });
  await importForm.submit(page).click();
  // The page says it in the reader's language; the server's answer below is still the API's English.
  await expect(page.getByRole("main").getByRole("alert")).toContainText(it("form.fileTooLarge", { name: "huge.txt", size: "6 MB", limit: "5 MB", advice: im.form.advice.editor }));

  const response = await page.request.post("/api/import", {
    multipart: { locale: "pt-PT", file: { name: "huge.txt", mimeType: "text/plain", buffer: big } },
    headers: { origin: new URL(page.url()).origin },
  });
  expect(response.status()).toBe(413);
  expect((await response.json()).error).toBe(importText("pt-PT", { key: "errors.bodyTooLarge", values: { limitBytes: 5 * 1024 * 1024, audience: "editor" } }));
});
