import { expect, type Page } from "@playwright/test";
import { SEED_ARTICLE } from "./fixtures";
import { importForm } from "./import-form";
import { msg, tr } from "./messages";

/** Imports the seed article through the import page and returns its id. */
export async function importSeedArticle(page: Page, title?: string): Promise<number> {
  await page.goto("/import");
  if (title) await importForm.title(page).fill(title);
  await importForm.file(page).setInputFiles(SEED_ARTICLE);
  await importForm.submit(page).click();
  await importAnywayIfDuplicate(page);
  await page.waitForURL(/\/articles\/\d+$/);
  await expect(page.getByRole("list", { name: msg("workspace").header.paragraphs })).toBeVisible();
  await allParagraphsShown(page);
  return Number(page.url().split("/").pop());
}

/**
 * Waits until every paragraph of the open article is in the page. The server sends the list empty (the
 * windowed list cannot measure a window there), so reading the texts right after a load may see none.
 */
export async function allParagraphsShown(page: Page) {
  const total = Number(await page.getByTestId("paragraph-count").textContent());
  await expect(page.getByTestId("current-text")).toHaveCount(total);
}

/** Every paragraph's current text, once all are shown. */
export async function currentTexts(page: Page): Promise<string[]> {
  await allParagraphsShown(page);
  return page.getByTestId("current-text").allTextContents();
}

export function paragraphCard(page: Page, position: number) {
  return page.getByRole("article", { name: tr("workspace")("row.label", { number: position }), exact: true });
}

/** Specs share one installation, so the seed article may be there already: say "import anyway", as a user would. */
export async function importAnywayIfDuplicate(page: Page) {
  const anyway = page.getByRole("button", { name: msg("articles").duplicate.importAnyway });
  // The first import after the server starts also starts the flagging workers, which load the dictionaries.
  await expect(page.getByRole("list", { name: msg("workspace").header.paragraphs }).or(anyway)).toBeVisible({ timeout: 60_000 });
  if (await anyway.isVisible()) await anyway.click();
}
