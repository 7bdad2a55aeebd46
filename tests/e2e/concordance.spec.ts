import { expect, test, type Page } from "@playwright/test";
import { storageState } from "./support/accounts";
import { allParagraphsShown, importSeedArticle } from "./support/articles";
import { msg } from "./support/messages";

test.describe.configure({ mode: "serial" });
test.use({ storageState: storageState("reviewer") });

const t = () => msg("concordance");
let corrected: number;
let untouched: number;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ storageState: storageState("reviewer") });
  const page = await context.newPage();
  corrected = await importSeedArticle(page, "Concordância: artigo corrigido");
  untouched = await importSeedArticle(page, "Concordância: artigo por rever");
  await context.close();
});

/** Edits one paragraph by keyboard (select, e, type, Ctrl+Enter), whatever the interface language. */
async function replaceInParagraph(page: Page, from: string, to: string) {
  const id = await page.getByRole("article").filter({ hasText: from }).first().getAttribute("data-paragraph-id");
  const card = page.locator(`[data-paragraph-id="${id}"]`);
  const text = (await card.getByTestId("current-text").textContent()) ?? "";
  await card.getByTestId("current-text").click({ position: { x: 2, y: 2 } });
  await page.keyboard.press("e");
  const editor = card.locator("textarea");
  await editor.fill(text.replace(from, to));
  await editor.press("Control+Enter");
  await expect(card.getByTestId("current-text")).toContainText(to);
}

test("a phrase is looked up across articles, with what reviewers corrected it as, side by side", async ({ page }) => {
  await page.goto(`/articles/${corrected}`);
  await allParagraphsShown(page);
  await replaceInParagraph(page, "HKUST Xunfei", "iFlytek");

  await page.goto("/concordance");
  await page.getByRole("searchbox").fill("HKUST Xunfei");
  await page.getByRole("button", { name: t().search }).click();
  await expect(page).toHaveURL(/\/concordance\?q=HKUST\+Xunfei/);
  const tally = page.getByTestId("corrected-as");
  await expect(tally).toContainText("«iFlytek» × 1");
  await expect(tally).toContainText(t().kept);
  const hit = page.getByTestId("concordance-hit").filter({ hasText: "Concordância: artigo corrigido" });
  await expect(hit.locator("del")).toContainText("HKUST Xunfei");
  await expect(hit.locator("ins")).toContainText("iFlytek");
  await expect(page.getByTestId("concordance-hit").filter({ hasText: "Concordância: artigo por rever" })).toContainText(t().notEdited);
  await page.screenshot({ path: `.data/e2e-${process.env.E2E_PORT}/concordance.png`, fullPage: true });
});

test("from a flag: how was this corrected before, in the other articles", async ({ page, context }) => {
  await page.goto(`/articles/${untouched}`);
  await allParagraphsShown(page);
  await page.locator("mark[data-flag]", { hasText: "HKUST Xunfei" }).first().click();
  const [concordance] = await Promise.all([context.waitForEvent("page"), page.getByRole("link", { name: t().correctedBefore }).click()]);
  await concordance.waitForLoadState();
  await expect(concordance).toHaveURL(new RegExp(`exclude=${untouched}`));
  await expect(concordance.getByTestId("corrected-as")).toContainText("«iFlytek»");
  await expect(concordance.getByTestId("concordance-hit").filter({ hasText: "Concordância: artigo por rever" })).toHaveCount(0);
});

test("a search with no words is refused with a message, not an error page", async ({ page }) => {
  await page.goto("/concordance?q=%C2%AB%E2%80%A6%C2%BB");
  // Next keeps an empty route announcer with the alert role on every page.
  await expect(page.getByRole("alert").filter({ hasText: t().queryEmpty })).toBeVisible();
  await expect(page.getByTestId("concordance-hit")).toHaveCount(0);
});
