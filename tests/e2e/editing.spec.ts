import { expect, test, type Browser, type Page } from "@playwright/test";
import { storageState, type AccountName } from "./support/accounts";
import { allParagraphsShown, importSeedArticle } from "./support/articles";
import { like, msg, tr } from "./support/messages";

const w = msg("workspace");
const tw = tr("workspace");
const lw = like("workspace");

test.describe.configure({ mode: "serial" });
test.use({ storageState: storageState("reviewer") });

let articleId: number;

test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageState("reviewer") });
  articleId = await importSeedArticle(await context.newPage(), "Artigo de edição");
  await context.close();
});

const flagPopover = (page: Page) => page.getByRole("dialog", { name: w.row.flagDetails });
const selectedParagraph = (page: Page) => page.locator("article[aria-current='true']");

async function openArticle(page: Page) {
  await page.goto(`/articles/${articleId}`);
  await allParagraphsShown(page);
}

/** A card pinned by id: once edited, it no longer contains the text that found it. */
async function cardWith(page: Page, text: string) {
  const id = await page.getByRole("article").filter({ hasText: text }).getAttribute("data-paragraph-id");
  return page.locator(`[data-paragraph-id="${id}"]`);
}

test("Enter accepts the current flag's first suggestion after j from a flag without one, and the acceptance can be undone", async ({ page }) => {
  await openArticle(page);
  // Walk the flags with j until one without a suggestion is followed by one with a suggestion.
  await page.keyboard.press("j");
  await expect(flagPopover(page)).toBeVisible();
  const walked: boolean[] = [];
  for (let i = 0; i < 80; i++) {
    const offers = (await flagPopover(page).locator("[data-suggestion]").count()) > 0;
    walked.push(offers);
    if (!offers) await expect(flagPopover(page).getByTestId("flag-hint")).toContainText(new RegExp(`^${w.hint.none} `));
    if (offers && walked.at(-2) === false) break;
    await page.keyboard.press("j");
  }
  expect(walked.slice(-2)).toEqual([false, true]);

  const card = selectedParagraph(page);
  const before = (await card.getByTestId("current-text").textContent())!;
  const first = (await flagPopover(page).locator("[data-suggestion='0']").textContent())!;
  const replacement = first.match(new RegExp(lw("flag.replace").source.replace(".*", "(.*)")))?.[1];
  // Focus on the popover's box, not on a button: Enter still accepts.
  await flagPopover(page).locator("p").first().click();
  await page.keyboard.press("Enter");
  const accepted = page.getByText(lw("toast.accepted")).or(page.getByText(lw("toast.acceptedRemoval"))).first();
  await expect(accepted).toBeVisible();
  await expect(card.getByTestId("current-text")).not.toHaveText(before);
  if (replacement) await expect(card.getByTestId("current-text")).toContainText(replacement);

  // Ctrl+Z outside the editor undoes it, as a revision of its own.
  await page.locator("h1").click();
  await page.keyboard.press("Control+z");
  await expect(page.getByText(new RegExp(`^${lw("toast.undone").source}`))).toBeVisible();
  await expect(card.getByTestId("current-text")).toHaveText(before);
  await card.getByRole("button", { name: w.row.history }).click();
  const revisions = page.getByRole("dialog", { name: lw("history.title") }).getByRole("list", { name: w.history.revisions });
  await expect(revisions.getByText(w.history.kind.restore, { exact: true })).toBeVisible();
  await expect(revisions.getByText(w.history.kind.suggestion, { exact: true })).toBeVisible();
});

test("the Undo on the toast undoes an accepted suggestion", async ({ page }) => {
  await openArticle(page);
  const card = await cardWith(page, "o otimização e modernização");
  const before = (await card.getByTestId("current-text").textContent())!;
  await card.locator("mark", { hasText: "otimização" }).first().click();
  await flagPopover(page).getByRole("button", { name: tw("flag.replace", { suggestion: "a otimização" }) }).click();
  await expect(card.getByTestId("current-text")).toContainText("a otimização e modernização");
  await page.getByRole("button", { name: w.toast.undo, exact: true }).click();
  await expect(card.getByTestId("current-text")).toHaveText(before);
});

test("leaving an edited draft asks first, and the draft is offered back on return", async ({ page }) => {
  await openArticle(page);
  const card = await cardWith(page, "Quando a popularidade dos modelos grandes");
  await card.getByRole("button", { name: w.row.edit }).click();
  const editor = card.getByLabel(w.editor.label);
  const typed = (await editor.inputValue()).replace("Quando a popularidade", "Quando o entusiasmo");
  await editor.fill(typed);

  await editor.press("Escape");
  const discard = page.getByRole("alertdialog", { name: w.leave.discardTitle });
  await expect(discard).toBeVisible();
  await discard.getByRole("button", { name: w.leave.keepEditing }).click();
  await expect(editor).toHaveValue(typed);

  // Closing the tab warns.
  const warned = page.waitForEvent("dialog");
  await page.close({ runBeforeUnload: true });
  const dialog = await warned;
  expect(dialog.type()).toBe("beforeunload");
  await dialog.dismiss();
  await expect(editor).toHaveValue(typed);

  await page.getByRole("navigation", { name: msg("common").nav.label }).getByRole("link", { name: msg("common").nav.glossary }).click();
  const leave = page.getByRole("alertdialog", { name: w.leave.leaveTitle });
  await expect(leave).toBeVisible();
  await leave.getByRole("button", { name: w.leave.leave }).click();
  await expect(page).toHaveURL(/\/glossary$/);

  await openArticle(page);
  await expect(card.getByRole("status")).toContainText(lw("draft.offer"));
  await card.getByRole("button", { name: w.draft.resume }).click();
  await expect(card.getByLabel(w.editor.label)).toHaveValue(typed);
  await card.getByLabel(w.editor.label).press("Control+Enter");
  await expect(card.getByTestId("current-text")).toContainText("Quando o entusiasmo");
  await page.reload();
  await allParagraphsShown(page);
  await expect(card.getByRole("status")).toHaveCount(0);
});

async function reviewerPage(browser: Browser, name: AccountName) {
  const context = await browser.newContext({ storageState: storageState(name) });
  const page = await context.newPage();
  await openArticle(page);
  return page;
}

test("two reviewers edit different sentences of one paragraph: both edits are kept, as a merge, and both are told", async ({ browser }) => {
  const rui = await reviewerPage(browser, "reviewer");
  const rita = await reviewerPage(browser, "reviewer2");
  const sentence = "Obviamente, não há uma resposta padrão para essa pergunta";
  const ruiCard = await cardWith(rui, sentence);
  const ritaCard = await cardWith(rita, sentence);
  await ruiCard.getByRole("button", { name: w.row.edit }).click();
  await ritaCard.getByRole("button", { name: w.row.edit }).click();

  const ruiEditor = ruiCard.getByLabel(w.editor.label);
  await ruiEditor.fill((await ruiEditor.inputValue()).replace("Obviamente", "Evidentemente"));
  await ruiEditor.press("Control+Enter");
  await expect(ruiCard.getByTestId("current-text")).toContainText("Evidentemente");

  const ritaEditor = ritaCard.getByLabel(w.editor.label);
  await ritaEditor.fill((await ritaEditor.inputValue()).replace("bem diferentes", "muito diferentes"));
  await ritaEditor.press("Control+Enter");
  await expect(rita.getByText(lw("toast.merged", { name: "Rui Revisor" }))).toBeVisible();
  await expect(ritaCard.getByTestId("current-text")).toContainText("Evidentemente");
  await expect(ritaCard.getByTestId("current-text")).toContainText("muito diferentes");

  // Rui's page brings in the merged text and says so.
  await expect(rui.getByText(like("live")("change.merged", { name: "Rita Revisora" }))).toBeVisible({ timeout: 15_000 });
  await expect(ruiCard.getByTestId("current-text")).toContainText("muito diferentes");
  await ruiCard.getByRole("button", { name: w.row.history }).click();
  await expect(rui.getByRole("dialog", { name: lw("history.title") }).getByText(w.history.kind.merge, { exact: true })).toBeVisible();
  await rui.context().close();
  await rita.context().close();
});

test("overlapping edits open the merge view: both sides for each span, nothing chosen for the reviewer", async ({ browser }) => {
  const rui = await reviewerPage(browser, "reviewer");
  const rita = await reviewerPage(browser, "reviewer2");
  const sentence = "as pessoas nem mesmo buscam mais o ChatGPT";
  const ruiCard = await cardWith(rui, sentence);
  const ritaCard = await cardWith(rita, sentence);
  await ruiCard.getByRole("button", { name: w.row.edit }).click();
  await ritaCard.getByRole("button", { name: w.row.edit }).click();

  const ruiEditor = ruiCard.getByLabel(w.editor.label);
  await ruiEditor.fill((await ruiEditor.inputValue()).replace("nem mesmo buscam", "já nem procuram"));
  await ruiEditor.press("Control+Enter");
  await expect(ruiCard.getByTestId("current-text")).toContainText("já nem procuram");

  const ritaEditor = ritaCard.getByLabel(w.editor.label);
  await ritaEditor.fill((await ritaEditor.inputValue()).replace("nem mesmo buscam", "deixaram de procurar").replace("Não apenas", "Não só"));
  await ritaEditor.press("Control+Enter");
  const merge = ritaCard.getByRole("region", { name: w.merge.label });
  await expect(merge).toBeVisible();
  const conflict = merge.getByRole("group", { name: tw("merge.conflict", { number: 1, total: 1 }) });
  await expect(conflict).toContainText("já nem procuram");
  await expect(conflict).toContainText("deixaram de procurar");
  await expect(merge.getByRole("radio", { checked: true })).toHaveCount(0);
  const save = merge.getByRole("button", { name: w.merge.save });
  await expect(save).toBeDisabled();
  await rita.screenshot({ path: test.info().outputPath("merge-view.png") });

  await conflict.getByRole("radio", { name: w.merge.yourWords }).click();
  await save.click();
  await expect(ritaCard.getByTestId("current-text")).toContainText("Não só na China, as pessoas deixaram de procurar");
  await expect(merge).toHaveCount(0);
  await rui.context().close();
  await rita.context().close();
});
