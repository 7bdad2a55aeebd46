import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import mammoth from "mammoth";
import { storageState } from "./support/accounts";
import { importAnywayIfDuplicate, paragraphCard } from "./support/articles";
import { msg } from "./support/messages";
import { importForm } from "./support/import-form";

const w = msg("workspace");

const ex = msg("export");

const MACHINE = "Modelo grande popular meio ano só poucas empresas ganham dinheiro";
const CORRECTED = "Os grandes modelos estão em alta há meio ano, e poucas empresas lucram";
const STEM = "os-grandes-modelos-estao-em-alta-ha-meio-ano-e-poucas-empresas-lucram";
const TEXT = `${MACHINE}\n\nAutor: Liu Yangnan\n\nDesde junho, as ações de IA caíram em conjunto na bolsa de Xangai.\n\nOs investidores estão mais prudentes do que há um ano.`;

test.use({ storageState: storageState("reviewer") });

async function importPasted(page: Page): Promise<number> {
  await page.goto("/import");
  await importForm.text(page).fill(TEXT);
  await importForm.submit(page).click();
  await importAnywayIfDuplicate(page);
  await page.waitForURL(/\/articles\/\d+$/);
  return Number(page.url().split("/").pop());
}

const count = (text: string, phrase: string) => text.split(phrase).length - 1;

test("correcting heading #1 retitles the article everywhere, and the clean export prints it once", async ({ page }) => {
  const id = await importPasted(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(MACHINE);

  const headline = paragraphCard(page, 1);
  await headline.getByRole("button", { name: w.row.edit }).click();
  await headline.getByLabel(w.editor.label).fill(CORRECTED);
  await headline.getByLabel(w.editor.label).press("Control+Enter");
  await expect(headline.getByTestId("current-text")).toHaveText(CORRECTED);
  // The page's title follows at once, without a reload, and so does the browser tab's.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(CORRECTED);
  await expect(page).toHaveTitle(`${CORRECTED} · Lapidar`);

  await page.reload();
  await expect(page).toHaveTitle(`${CORRECTED} · Lapidar`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(CORRECTED);
  for (const [name, size] of [["1440", { width: 1440, height: 900 }], ["390", { width: 390, height: 844 }]] as const) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `/tmp/i15-title-article-${name}.png` });
  }
  await page.setViewportSize({ width: 1440, height: 900 });

  await page.goto("/");
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: CORRECTED }) });
  await expect(row.getByRole("link")).toHaveAttribute("href", `/articles/${id}`);
  await expect(page.getByRole("table")).not.toContainText(MACHINE);
  for (const [name, size] of [["1440", { width: 1440, height: 900 }], ["390", { width: 390, height: 844 }]] as const) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `/tmp/i15-title-list-${name}.png` });
  }
  await page.setViewportSize({ width: 1440, height: 900 });

  await page.goto(`/articles/${id}`);
  await page.getByRole("button", { name: ex.button }).click();
  const saved = page.waitForEvent("download");
  await page.getByRole("menuitem", { name: ex.formats.md }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: ex.draft.export }).click();
  const download = await saved;
  expect(download.suggestedFilename()).toBe(`${STEM}-draft.md`);

  for (const format of ["md", "txt", "html", "docx"]) {
    const response = await page.request.get(`/api/articles/${id}/export?format=${format}&draft=1`);
    expect(response.status(), format).toBe(200);
    expect(response.headers()["content-disposition"], format).toContain(`filename="${STEM}-draft.${format}"`);
    const body = format === "docx" ? (await mammoth.extractRawText({ buffer: await response.body() })).value : (await response.text()).replace(/\\/g, "");
    const printed = format === "html" ? body.replace(/<title>[^<]*<\/title>/, "") : body;
    expect(count(printed, CORRECTED), format).toBe(1);
    expect(body, format).not.toContain(MACHINE);
  }
  expect(await readFile((await download.path())!, "utf8")).toMatch(new RegExp(`^# ${CORRECTED}\\n`));
});
