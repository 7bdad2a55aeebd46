import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { ACCOUNTS, storageState, type AccountName } from "./support/accounts";
import { allParagraphsShown, importSeedArticle } from "./support/articles";
import { msg, tr } from "./support/messages";

test.describe.configure({ mode: "serial" });

const comments = msg("comments");
const live = msg("live");
const c = tr("comments");
const l = tr("live");

let articleId: number;

test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageState("reviewer") });
  articleId = await importSeedArticle(await context.newPage(), "Artigo a várias mãos");
  await context.close();
});

async function open(browser: Browser, name: AccountName) {
  const context = await browser.newContext({ storageState: storageState(name) });
  const page = await context.newPage();
  await page.goto(`/articles/${articleId}`);
  await allParagraphsShown(page);
  await expect(page.getByText(live.connected)).toBeVisible();
  return page;
}

/** The n-th body paragraph's card (1-based among cards), pinned by id so that edits do not lose it. */
async function card(page: Page, index: number): Promise<{ id: string; card: Locator; strip: Locator }> {
  const id = (await page.locator("article[data-paragraph-id]").nth(index).getAttribute("data-paragraph-id"))!;
  return { id, card: page.locator(`article[data-paragraph-id="${id}"]`), strip: page.getByTestId(`comments-${id}`) };
}

/** Selects the first word of four letters or more in the paragraph's current text; returns it. */
async function selectAWord(page: Page, paragraphId: string): Promise<string> {
  return page.evaluate((id) => {
    const text = document.querySelector(`article[data-paragraph-id="${id}"] [data-testid="current-text"]`)!;
    const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const match = /\p{L}{4,}/u.exec(node.textContent ?? "");
      if (!match) continue;
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return match[0];
    }
    throw new Error("no word to select");
  }, paragraphId);
}

test("a thread on selected words, an @mention, a reply and resolve reach the colleague live; viewers read and cannot write", async ({ browser }) => {
  const rui = await open(browser, "reviewer");
  const rita = await open(browser, "reviewer2");
  await expect(rui.getByTestId("viewers")).toContainText(ACCOUNTS.reviewer2.name);
  await expect(rita.getByTestId("viewers")).toContainText(ACCOUNTS.reviewer.name);

  const mine = await card(rui, 2);
  const word = await selectAWord(rui, mine.id);
  await mine.strip.getByRole("button", { name: comments.comment }).click();
  await expect(mine.strip.getByText(word, { exact: true })).toBeVisible();
  const box = mine.strip.getByRole("combobox", { name: c("newLabel", { number: 3 }) });
  await box.pressSequentially("Confirma este termo, @Rit");
  await expect(rui.getByRole("option", { name: ACCOUNTS.reviewer2.name })).toBeVisible();
  await box.press("Enter");
  await expect(box).toHaveValue(`Confirma este termo, @${ACCOUNTS.reviewer2.name} `);
  await box.press("Control+Enter");
  // Writing the comment opened the paragraph's threads, and they stay open for what comes next.
  await expect(mine.strip.getByRole("button", { name: c("count", { total: 1, open: 1 }) })).toHaveAttribute("aria-expanded", "true");

  // Rita, with the article open, sees it without a reload: the count, a notice and her mention.
  const theirs = { strip: rita.getByTestId(`comments-${mine.id}`) };
  await expect(theirs.strip.getByRole("button", { name: c("count", { total: 1, open: 1 }) })).toBeVisible({ timeout: 2000 });
  await expect(rita.getByTestId("live-notices")).toContainText(l("change.comment", { name: ACCOUNTS.reviewer.name, number: 3 }));
  await expect(rita.getByRole("link", { name: c("unreadMentions", { count: 1 }) })).toBeVisible();
  await theirs.strip.getByRole("button", { name: c("count", { total: 1, open: 1 }) }).click();
  await expect(theirs.strip.getByText(`@${ACCOUNTS.reviewer2.name}`)).toBeVisible();
  await expect(theirs.strip.getByText(comments.anchor.span)).toBeVisible();
  await theirs.strip.getByRole("button", { name: comments.reply, exact: true }).click();
  const reply = theirs.strip.getByRole("combobox", { name: comments.replyLabel });
  await reply.fill("Confirmado no glossário.");
  await reply.press("Control+Enter");
  await theirs.strip.getByRole("button", { name: comments.resolve }).click();
  await expect(theirs.strip.getByText(comments.status.resolved, { exact: true })).toBeVisible();
  // Reading the thread read the mention.
  await expect(rita.getByRole("link", { name: comments.mentionsLink })).toBeVisible();

  // Rui's open thread takes the reply and the resolution live.
  await expect(mine.strip.getByRole("button", { name: c("count", { total: 1, open: 0 }) })).toBeVisible({ timeout: 2000 });
  await expect(mine.strip.getByText("Confirmado no glossário.")).toBeVisible({ timeout: 2000 });
  await rui.screenshot({ path: `${test.info().outputDir}/workspace-thread.png` });

  // Only paragraphs with open threads: none now, then the reopened one.
  await mine.strip.getByRole("button", { name: comments.reopen }).click();
  await rui.getByLabel(comments.openOnly).check();
  await expect(rui.locator("article[data-paragraph-id]")).toHaveCount(1);
  await rui.getByLabel(comments.openOnly).uncheck();

  // Own comment: edited and marked; deleting it keeps the reply.
  const first = mine.strip.locator("li[data-comment-id]").first();
  await first.getByRole("button", { name: comments.edit }).click();
  const edit = mine.strip.getByRole("combobox", { name: comments.editLabel });
  await edit.fill("Confirma este termo, por favor.");
  await edit.press("Control+Enter");
  await expect(first).toContainText(comments.edited);
  rui.once("dialog", (dialog) => void dialog.accept());
  await first.getByRole("button", { name: comments.delete }).click();
  await expect(first).toContainText(c("deleted", { name: ACCOUNTS.reviewer.name }));
  await expect(mine.strip.getByText("Confirmado no glossário.")).toBeVisible();
  // Someone else's comment offers neither edit nor delete to a reviewer.
  await expect(mine.strip.locator("li[data-comment-id]").nth(1).getByRole("button")).toHaveCount(0);

  const vera = await open(browser, "viewer");
  const veraStrip = vera.getByTestId(`comments-${mine.id}`);
  await veraStrip.getByRole("button", { name: c("count", { total: 1, open: 1 }) }).click();
  await expect(veraStrip.getByText("Confirmado no glossário.")).toBeVisible();
  await expect(vera.getByRole("button", { name: comments.comment })).toHaveCount(0);
  await expect(veraStrip.getByRole("button", { name: comments.reply, exact: true })).toHaveCount(0);
  await expect(veraStrip.getByRole("button", { name: comments.resolve })).toHaveCount(0);

  // The report page lists the thread.
  await rui.goto(`/articles/${articleId}/report`);
  await expect(rui.getByRole("heading", { name: comments.report.title })).toBeVisible();
  await expect(rui.getByText("Confirmado no glossário.")).toBeVisible();
  for (const page of [rui, rita, vera]) await page.context().close();
});

test("a colleague's save and approval show within 2 s; the paragraph being edited keeps its text and offers the merge view", async ({ browser }) => {
  const rui = await open(browser, "reviewer");
  const rita = await open(browser, "reviewer2");

  // Rita starts editing paragraph 5.
  const hers = await card(rita, 4);
  await hers.card.locator("span.font-mono").click();
  await rita.keyboard.press("e");
  const editor = hers.card.locator("textarea");
  await expect(editor).toBeVisible();
  const original = await editor.inputValue();
  const ritaText = `${original} Nota da Rita.`;
  await editor.fill(ritaText);

  // Rui saves the same paragraph meanwhile.
  const his = await card(rui, 4);
  await his.card.locator("span.font-mono").click();
  await rui.keyboard.press("e");
  const ruiEditor = his.card.locator("textarea");
  await ruiEditor.fill(`Início do Rui. ${original}`);
  await ruiEditor.press("Control+Enter");
  await expect(his.card.getByTestId("current-text")).toContainText("Início do Rui.");

  const notice = rita.getByTestId("live-notices").getByRole("listitem").filter({ hasText: l("change.save", { name: ACCOUNTS.reviewer.name, number: 5 }) });
  await expect(notice).toBeVisible({ timeout: 2000 });
  await expect(notice).toContainText(live.yourEditIsKept);
  await expect(editor).toHaveValue(ritaText);
  await rita.screenshot({ path: `${test.info().outputDir}/workspace-live-notice.png` });
  await notice.getByRole("button", { name: live.compareAndMerge }).click();
  await expect(hers.card.getByTestId("merge-text")).toContainText("Início do Rui.");
  await expect(hers.card.getByTestId("merge-text")).toContainText("Nota da Rita.");

  // An approval keeps the version; it shows all the same.
  const other = await card(rui, 6);
  await other.card.locator("span.font-mono").click();
  await rui.keyboard.press("a");
  // A paragraph with open major flags asks first (its confirming button is the dialog's last one); one without is
  // approved at once. Wait for whichever comes, so that a dialog rendered a moment late is not missed.
  const asked = rui.getByRole("alertdialog");
  const approvedMark = other.card.getByText(/^✓/);
  await expect(asked.or(approvedMark)).toBeVisible();
  if (await asked.isVisible()) await asked.getByRole("button").last().click();
  await expect(approvedMark).toBeVisible();
  await expect(rita.getByTestId("live-notices")).toContainText(l("change.approve", { name: ACCOUNTS.reviewer.name, number: 7 }), { timeout: 2000 });

  // Leaving the article leaves the list of viewers.
  await rui.context().close();
  await expect(rita.getByText(live.nobodyElse)).toBeVisible({ timeout: 5000 });
  await rita.context().close();
});
