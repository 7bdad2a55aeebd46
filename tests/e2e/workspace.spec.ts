import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { storageState } from "./support/accounts";
import { importSeedArticle, paragraphCard } from "./support/articles";
import { like, msg, tr } from "./support/messages";

const w = msg("workspace");
const tw = tr("workspace");
const an = msg("annotations");

test.use({ storageState: storageState("reviewer") });
test.describe.configure({ mode: "serial" });

let articleId: number;

test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageState("reviewer") });
  articleId = await importSeedArticle(await context.newPage(), "Artigo do espaço de revisão");
  await context.close();
});

const flagPopover = (page: Page) => page.getByRole("dialog", { name: w.row.flagDetails });
const openFlags = async (page: Page) => Number((await page.getByTestId("open-flags").textContent())!.split(" ")[0]);
const selectedParagraph = (page: Page) => page.locator("article[aria-current='true']");

test("j and k move between flags across paragraphs and open each flag's details", async ({ page }) => {
  await page.goto(`/articles/${articleId}`);
  await page.keyboard.press("j");
  await expect(flagPopover(page)).toBeVisible();
  const first = await selectedParagraph(page).getAttribute("aria-label");
  const firstFlag = await flagPopover(page).locator("p").first().textContent();

  // Walk forward until the selection reaches another paragraph, then come back one step.
  let moved = first;
  for (let i = 0; i < 10 && moved === first; i++) {
    await page.keyboard.press("j");
    moved = await selectedParagraph(page).getAttribute("aria-label");
  }
  expect(moved).not.toBe(first);
  await expect(flagPopover(page)).toBeVisible();
  for (let i = 0; i < 10 && (await selectedParagraph(page).getAttribute("aria-label")) !== first; i++) await page.keyboard.press("k");
  await expect(selectedParagraph(page)).toHaveAttribute("aria-label", first!);

  await page.keyboard.press("Escape");
  await expect(flagPopover(page)).toHaveCount(0);
  await page.keyboard.press("?");
  await expect(page.getByRole("dialog", { name: w.shortcuts.title })).toBeVisible();
  expect(firstFlag).toBeTruthy();
});

test("accepting a suggestion replaces the span, saves a revision and re-checks at once", async ({ page }) => {
  await page.goto(`/articles/${articleId}`);
  const before = await openFlags(page);
  const mark = page.locator("mark", { hasText: "otimização" }).first();
  const label = (await page.locator("article", { has: mark }).getAttribute("aria-label"))!;
  const card = page.getByRole("article", { name: label, exact: true });
  await mark.click();
  await expect(flagPopover(page)).toContainText("otimização");
  await flagPopover(page).getByRole("button", { name: tw("flag.replace", { suggestion: "a otimização" }) }).click();
  await expect(card.getByTestId("current-text")).toContainText("a otimização e modernização");
  await expect(card.getByText(w.status.edited, { exact: true })).toBeVisible();
  expect(await openFlags(page)).toBeLessThan(before);

  await card.getByRole("button", { name: w.row.history }).click();
  const history = page.getByRole("dialog", { name: like("workspace")("history.title") });
  await expect(history.getByRole("list", { name: w.history.revisions }).getByText(w.history.kind.suggestion, { exact: true })).toBeVisible();
});

test("dismissing a flag persists with its reason and can be restored", async ({ page }) => {
  await page.goto(`/articles/${articleId}`);
  const before = await openFlags(page);
  const mark = page.locator("mark", { hasText: "Lianyuan Technology" }).first();
  await mark.click();
  await flagPopover(page).getByLabel(w.flag.reasonLabel).fill("Nome oficial da empresa");
  await flagPopover(page).getByRole("button", { name: w.flag.notAnError }).click();
  await expect.poll(() => openFlags(page)).toBeLessThan(before);

  await page.reload();
  const panel = page.getByRole("complementary", { name: w.sidebar.label });
  const dismissed = panel.getByRole("listitem").filter({ hasText: "Nome oficial da empresa" });
  await expect(dismissed).toBeVisible();
  const afterDismiss = await openFlags(page);
  await dismissed.getByRole("button", { name: w.sidebar.restore }).click();
  await expect.poll(() => openFlags(page)).toBeGreaterThan(afterDismiss);
  await expect(panel.getByRole("listitem").filter({ hasText: "Nome oficial da empresa" })).toHaveCount(0);
});

test("edit, save, see the word diff inline and side by side, then restore the machine text from history", async ({ page }) => {
  await page.goto(`/articles/${articleId}`);
  const card = paragraphCard(page, 9);
  const original = (await card.getByTestId("current-text").textContent())!;
  await card.click();
  await page.keyboard.press("e");
  const editor = card.getByLabel(w.editor.label);
  await editor.fill(original.replace("Não apenas na China", "Não só na China"));
  await editor.press("Control+Enter");
  await expect(card.getByTestId("current-text")).toContainText("Não só na China");

  await card.getByRole("button", { name: w.row.showDiff }).click();
  const diff = card.getByTestId("inline-diff");
  await expect(diff.locator("del")).toContainText("apenas");
  await expect(diff.locator("ins")).toContainText("só");

  await page.getByRole("radio", { name: w.sidebar.viewSide }).click();
  await expect(card.getByTestId("side-by-side-diff")).toBeVisible();
  await page.getByRole("radio", { name: w.sidebar.viewFlags }).click();

  await card.getByRole("button", { name: w.row.history }).click();
  const history = page.getByRole("dialog", { name: like("workspace")("history.title") });
  await history.getByRole("button", { name: tw("history.restore", { version: 1 }) }).click();
  await expect(history.getByRole("list", { name: w.history.revisions }).getByText(w.history.kind.restore, { exact: true })).toBeVisible();
  await history.getByRole("button", { name: w.history.close }).click();
  await expect(card.getByTestId("current-text")).toHaveText(original);
  await expect(card.getByText("v3")).toBeVisible();
});

test("approving with open major flags asks first; the approval shows who and when", async ({ page }) => {
  await page.goto(`/articles/${articleId}`);
  const label = (await page.locator("article", { has: page.locator("mark[data-severity='major']") }).first().getAttribute("aria-label"))!;
  const card = page.getByRole("article", { name: label, exact: true });
  await card.getByRole("button", { name: w.row.approve }).click();
  const confirm = page.getByRole("alertdialog", { name: w.approve.title });
  await expect(confirm).toBeVisible();
  await confirm.getByRole("button", { name: w.approve.confirm }).click();
  await expect(card.getByText(like("workspace")("row.approvedBy", { name: "Rui Revisor" }))).toBeVisible();
  await expect(page.getByTestId("approved-progress")).toHaveText(/^1 \//);
});

test("the article page has no serious or critical accessibility violations", async ({ page }) => {
  await page.goto(`/articles/${articleId}`);
  await page.keyboard.press("j");
  await expect(flagPopover(page)).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.length} × ${[...new Set(v.nodes.map((n) => String(n.target)))].slice(0, 12).join(" | ")}`)).toEqual([]);
});

test("a reviewer marks selected words as an MQM error, and a flag becomes an annotation in one click", async ({ page }) => {
  await page.goto(`/articles/${articleId}`);
  const card = paragraphCard(page, 6);
  await card.getByTestId("current-text").evaluate((element) => {
    const text = element.textContent!;
    const start = text.indexOf("chefão");
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    let offset = 0;
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.textContent!.length;
      if (offset + length > start) {
        range.setStart(node, start - offset);
        range.setEnd(node, start - offset + "chefão".length);
        break;
      }
      offset += length;
    }
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
  });
  await card.getByRole("button", { name: w.row.markError }).click();
  const dialog = page.getByRole("dialog", { name: w.annotate.title });
  await expect(dialog).toContainText("chefão");
  await dialog.getByLabel(an.form.category).selectOption("Style");
  await dialog.getByRole("button", { name: an.form.save }).click();
  await expect(dialog).toHaveCount(0);

  await page.keyboard.press("j");
  await flagPopover(page).getByRole("button", { name: an.flagButton.record }).click();
  await expect(page.getByText(new RegExp(`^${an.flagButton.recorded.split("{")[0]}`))).toBeVisible();
});
