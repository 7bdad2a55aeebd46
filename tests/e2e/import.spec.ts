import { expect, test } from "@playwright/test";
import { splitPlainText } from "@/lib/import/split-text";
import { storageState } from "./support/accounts";
import { importSeedArticle, paragraphCard } from "./support/articles";
import { readSeedArticle } from "./support/fixtures";
import { like, msg } from "./support/messages";

const w = msg("workspace");
const lw = like("workspace");

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
  await page.getByLabel("File").setInputFiles({ name: "latin.txt", mimeType: "text/plain", buffer: Buffer.from(text, "latin1") });
  await page.getByRole("button", { name: "Import", exact: true }).click();
  const notice = page.getByRole("main").getByRole("status").filter({ hasText: "UTF-8" });
  await expect(notice).toBeVisible();
  await expect(page).toHaveURL(/\/import$/);

  await page.getByRole("button", { name: /Convert from Windows-1252/ }).click();
  await page.waitForURL(/\/articles\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Título de teste");
});

test("an oversized file is refused with a message, by the page and by the server", async ({ page }) => {
  await page.goto("/import");
  const big = Buffer.alloc(6 * 1024 * 1024, "a");
  await page.getByLabel("File").setInputFiles({ name: "huge.txt", mimeType: "text/plain", buffer: big });
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("import limit");

  const response = await page.request.post("/api/import", {
    multipart: { locale: "pt-PT", file: { name: "huge.txt", mimeType: "text/plain", buffer: big } },
    headers: { origin: new URL(page.url()).origin },
  });
  expect(response.status()).toBe(413);
  expect((await response.json()).error).toContain("import limit");
});
