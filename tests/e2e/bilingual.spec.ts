import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, storageState } from "./support/accounts";
import { allParagraphsShown, paragraphCard } from "./support/articles";
import { msg, tr } from "./support/messages";

const bi = msg("bilingual");
const t = tr("bilingual");
const fixture = (name: string) => readFileSync(`tests/fixtures/bilingual/${name}`, "utf8");
const shots = `.data/e2e-${process.env.E2E_PORT}`;

test.describe.configure({ mode: "serial" });
test.use({ storageState: storageState("reviewer") });

let articleId: number;

/** The bilingual pair's Portuguese, imported through the import route (the import page's own spec covers its form). */
async function importTarget(page: Page): Promise<number> {
  const text = `Por Redação, 28 de novembro de 2026\n\n${fixture("target.pt.txt")}`;
  const response = await page.request.post("/api/import", { multipart: { text, title: `Bilingue ${Date.now()}` } });
  expect(response.ok()).toBe(true);
  const done = (await response.text()).trim().split("\n").map((line) => JSON.parse(line)).find((event) => event.type === "done");
  return done.id;
}

async function shoot(page: Page, name: string) {
  for (const width of [1440, 390]) {
    await page.setViewportSize({ width, height: width > 400 ? 1000 : 844 });
    await page.screenshot({ path: `${shots}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("a reviewer pastes the Chinese original and sees it above each paragraph, names marked on both sides", async ({ page }) => {
  articleId = await importTarget(page);
  await page.goto(`/articles/${articleId}`);
  await expect(page.getByTestId("source-bar")).toContainText(bi.bar.none);
  await page.getByRole("link", { name: bi.bar.give }).click();
  await expect(page.getByRole("heading", { name: bi.sourcePage.heading })).toBeVisible();
  await page.getByLabel(bi.form.paste).fill(fixture("source.zh.txt"));
  await page.getByRole("button", { name: bi.form.submit }).click();
  await page.waitForURL(new RegExp(`/articles/${articleId}$`));
  await allParagraphsShown(page);

  await expect(page.getByTestId("source-bar")).toContainText(t("bar.has", { version: 1, language: bi.language.simplified }));
  // Paragraph 1 is the byline: outside the alignment, no source above it.
  await expect(paragraphCard(page, 1).getByTestId("source-paragraph")).toHaveCount(0);
  const heading = paragraphCard(page, 2).getByTestId("source-paragraph");
  await expect(heading).toContainText("科大讯飞发布新一代星火大模型");
  await expect(heading.locator('mark[data-source-name="written"]', { hasText: "科大讯飞" })).toBeVisible();
  await expect(heading).toContainText("科大讯飞 ↔ iFlytek");
  // Liu Qingfang is not 刘庆峰's name: marked as missing on the source side, and flagged in the text.
  await expect(paragraphCard(page, 3).getByTestId("source-paragraph").locator('mark[data-source-name="missing"]', { hasText: "刘庆峰" })).toBeVisible();
  // The Portuguese side: iFlytek is marked in the heading's text by the CSS highlight.
  const marked = await page.evaluate(() => [...(CSS.highlights.get("lapidar-source-name") ?? [])].map((range) => (range as Range).toString()));
  expect(marked).toEqual(expect.arrayContaining(["iFlytek", "Hefei"]));
  await shoot(page, "bilingual-workspace");
});

test("replacing the original asks first, saying which one it replaces", async ({ page }) => {
  await page.goto(`/articles/${articleId}/source`);
  await expect(page.getByTestId("source-current")).toContainText(ACCOUNTS.reviewer.name);
  await page.getByLabel(bi.form.paste).fill(fixture("source.zh.txt"));
  await page.getByRole("button", { name: bi.form.submit }).click();
  const warning = page.getByRole("status").filter({ hasText: bi.form.replace });
  await expect(warning).toContainText(ACCOUNTS.reviewer.name);
  await warning.getByRole("button", { name: bi.form.cancel }).click();
  await expect(warning).toHaveCount(0);
  await page.getByLabel(bi.form.paste).fill("Isto é português.");
  await page.getByRole("button", { name: bi.form.submit }).click();
  await page.getByRole("button", { name: bi.form.replace }).click();
  await expect(page.getByRole("alert").filter({ hasText: bi.refusal.not_chinese })).toBeVisible();
});

test("a reviewer fixes one link in the alignment editor: a new version with their name, flags re-run", async ({ page, browser }) => {
  // A colleague has the workspace open meanwhile: the fix reaches their source bar without a reload.
  const colleagueContext = await browser.newContext({ storageState: storageState("admin") });
  const colleague = await colleagueContext.newPage();
  await colleague.goto(`/articles/${articleId}`);
  await expect(colleague.getByTestId("source-bar")).toContainText("v1");
  await page.goto(`/articles/${articleId}/alignment`);
  await expect(page.getByRole("heading", { name: bi.alignmentPage.heading })).toBeVisible();
  const links = page.getByTestId("alignment-link");
  await expect(links.nth(1)).toContainText("科大讯飞发布新一代星火大模型");
  await expect(page.getByTestId("alignment-version")).toContainText("v1");
  await page.getByRole("button", { name: t("alignment.edit.sourceDownLabel", { number: 2 }) }).click();
  await expect(page.getByTestId("alignment-version")).toContainText(ACCOUNTS.reviewer.name);
  await expect(page.getByTestId("alignment-version")).toContainText("v2");
  await expect(links.nth(1)).toContainText(bi.alignment.noSource);
  await expect(links.nth(2).getByTestId("alignment-source")).toHaveCount(2);
  await shoot(page, "bilingual-alignment");
  await expect(colleague.getByTestId("live-notices")).toContainText(tr("live")("change.source", { name: ACCOUNTS.reviewer.name, number: 0 }), { timeout: 5000 });
  await expect(colleague.getByTestId("source-bar")).toContainText(t("alignment.origin.manual", { version: 2, name: ACCOUNTS.reviewer.name, when: "§" }).split("§")[0]);
  await colleagueContext.close();

  // And back: the next link's first original paragraph returns to link 2, as version 3.
  await page.getByRole("button", { name: t("alignment.edit.sourceUpLabel", { number: 2 }) }).click();
  await expect(page.getByTestId("alignment-version")).toContainText("v3");
  await expect(links.nth(1)).toContainText("科大讯飞发布新一代星火大模型");
});

test("a viewer sees the alignment but gets no edit buttons", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageState("viewer") });
  const page = await context.newPage();
  await page.goto(`/articles/${articleId}/alignment`);
  await expect(page.getByText(bi.alignmentPage.readOnly)).toBeVisible();
  await expect(page.getByRole("button", { name: t("alignment.edit.mergeLabel", { number: 1 }) })).toHaveCount(0);
  await context.close();
});

test("the import page gives the new article its original at once", async ({ page }) => {
  await page.goto("/import");
  const form = page.locator("form").first();
  // The article's own fields are read by name: their labels are the import page's, covered by its own spec.
  await form.locator('input[name="title"]').fill(`Bilingue na importação ${Date.now()}`);
  await form.locator('textarea[name="text"]').fill(`Por Redação, 28 de novembro de 2026\n\n${fixture("target.pt.txt")}`);
  await form.getByText(bi.atImport.summary).click();
  await form.getByLabel(bi.atImport.paste).fill(fixture("source.zh.txt"));
  await form.locator('button[type="submit"]').click();
  // The first test imported the same Portuguese: the page warns, and the reviewer imports it anyway.
  await page.getByRole("button", { name: msg("articles").duplicate.importAnyway }).click();
  await page.waitForURL(/\/articles\/\d+$/, { timeout: 60_000 });
  await expect(page.getByTestId("source-bar")).toContainText(t("bar.has", { version: 1, language: bi.language.simplified }));
  await allParagraphsShown(page);
  await expect(paragraphCard(page, 2).getByTestId("source-paragraph")).toContainText("科大讯飞发布新一代星火大模型");
});

const XLIFF = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh-CN" trgLang="pt-PT">
  <file id="e2e">
    <unit id="t1"><segment><source>星河智联发布新芯片</source><target>A Galaxy Link apresenta um novo chip</target></segment></unit>
    <unit id="p1"><segment><source>星河智联昨天在合肥发布了新款芯片，售价5999元。</source><target>A Galaxy Link lançou ontem em Hefei um novo chip, que custa 5999 yuans.</target></segment></unit>
  </file>
</xliff>`;

test("an XLIFF file imported on the import page becomes an article with its original; a bad one is refused in Portuguese", async ({ page }) => {
  await page.goto("/import");
  const section = page.getByRole("region", { name: bi.xliff.heading });
  await section.getByLabel(bi.xliff.file).setInputFiles({ name: "nao.xlf", mimeType: "application/xml", buffer: Buffer.from("<html>não é XLIFF</html>") });
  await section.getByRole("button", { name: bi.xliff.submit }).click();
  await expect(section.getByRole("alert")).toHaveText(bi.refusal.not_xliff);

  await section.getByLabel(bi.xliff.file).setInputFiles({ name: "chip.xlf", mimeType: "application/xliff+xml", buffer: Buffer.from(XLIFF) });
  await section.getByRole("button", { name: bi.xliff.submit }).click();
  await page.waitForURL(/\/articles\/\d+$/);
  await allParagraphsShown(page);
  await expect(page.getByTestId("source-bar")).toContainText(t("alignment.origin.xliff", { version: 1, name: "", when: "§" }).split("§")[0]);
  await expect(paragraphCard(page, 2).getByTestId("source-paragraph")).toContainText("星河智联昨天在合肥发布了新款芯片");
});
