import { expect, test, type Page } from "@playwright/test";
import { storageState } from "./support/accounts";
import { allParagraphsShown, importSeedArticle } from "./support/articles";
import { msg } from "./support/messages";

test.describe.configure({ mode: "serial" });
test.use({ storageState: storageState("admin"), viewport: { width: 1440, height: 900 } });

let articleId: number;

/** Words of the review page's controls as they read in English: none may be left on the Portuguese page. */
const ENGLISH_WORKSPACE_WORDS = ["Show diff", "Hide diff", "Open flags", "Approve", "History", "Edit", "Mark error", "Review panel", "Keyboard shortcuts", "Paragraphs approved", "Dismissed flags", "Side by side"];

/** Each main page answers in European Portuguese, with the navigation from the catalogue; a screenshot to look at. */
async function visit(page: Page, url: string, name: string) {
  await page.goto(url);
  await expect(page.locator("html")).toHaveAttribute("lang", "pt-PT");
  await expect(page.getByRole("navigation", { name: msg("common").nav.label })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: false });
}

test("the main pages in European Portuguese", async ({ page }) => {
  articleId = await importSeedArticle(page, "Artigo para as capturas");
  await visit(page, "/", "list");
  await visit(page, `/articles/${articleId}`, "workspace");
  await allParagraphsShown(page);
  const workspaceText = await page.locator("main").innerText();
  expect(ENGLISH_WORKSPACE_WORDS.filter((word) => new RegExp(`\\b${word}\\b`).test(workspaceText))).toEqual([]);
  await visit(page, "/glossary", "glossary");
  await expect(page.getByRole("heading", { level: 1, name: msg("glossary").title })).toBeVisible();
  await visit(page, `/articles/${articleId}/report`, "report");
  await expect(page.getByRole("heading", { level: 1, name: msg("report").title })).toBeVisible();
  await visit(page, "/import", "import");
  await expect(page.getByRole("heading", { level: 1, name: msg("import").title })).toBeVisible();
  await visit(page, "/dictionary", "dictionary");
  await expect(page.getByRole("heading", { level: 1, name: msg("dictionary").title })).toBeVisible();
  await visit(page, "/account", "account");
  await expect(page.getByRole("heading", { level: 1, name: msg("account").title })).toBeVisible();
});

test("the sign-in page in European Portuguese", async ({ browser }) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] }, viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto("/login");
  await expect(page.getByRole("heading", { name: msg("login").title })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("login.png") });
  await context.close();
});
