import { expect, type Page } from "@playwright/test";
import { SEED_ARTICLE } from "./fixtures";

/** Imports the seed article through the import page and returns its id. */
export async function importSeedArticle(page: Page, title?: string): Promise<number> {
  await page.goto("/import");
  if (title) await page.getByLabel("Title").fill(title);
  await page.getByLabel("File").setInputFiles(SEED_ARTICLE);
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await page.waitForURL(/\/articles\/\d+$/);
  await expect(page.getByRole("list", { name: "Paragraphs" })).toBeVisible();
  return Number(page.url().split("/").pop());
}

export function paragraphCard(page: Page, position: number) {
  return page.getByRole("article", { name: `Paragraph ${position}`, exact: true });
}
