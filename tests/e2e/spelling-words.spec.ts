import path from "node:path";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { storageState } from "./support/accounts";
import { paragraphCard } from "./support/articles";
import { like, msg, tr } from "./support/messages";

const w = msg("workspace");
const lw = like("workspace");

const d = msg("dictionary");
const dt = tr("dictionary");

test.describe.configure({ mode: "serial" });

let secondArticle = 0;

const SCREENSHOTS = process.env.SPELLING_SCREENSHOTS;

async function shoot(target: Page | Locator, name: string) {
  if (SCREENSHOTS) await target.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

const MISSPELT = "Um teste de ortografia\n\nO desenbarque foi rápido.\n\nDepois do desenbarque, a equipa saiu com um previlégio.\n\nO último desenbarque correu bem.";
const SECOND = "Outro teste de ortografia\n\nO previlégio foi dado.\n\nO desenbarque demorou.";

/** Imports pasted text through the import route, as the import page does, and answers the article's id. */
async function importText(page: Page, title: string, text: string): Promise<number> {
  const response = await page.request.post("/api/import", { multipart: { locale: "pt-PT", title, text } });
  const events = (await response.text()).trim().split("\n").map((line) => JSON.parse(line));
  return events.find((e) => e.type === "done").id;
}

const marked = (page: Page, word: string) => page.getByTestId("current-text").locator("mark", { hasText: new RegExp(`^${word}$`) });

async function openFlag(page: Page, word: string) {
  await marked(page, word).first().click();
  const popover = page.getByRole("dialog", { name: w.row.flagDetails });
  await expect(popover).toContainText(`«${word}» não consta do dicionário`);
  return popover;
}

test("a reviewer ignores a misspelt word in one paragraph: it goes from every paragraph, stays gone after a reload, and comes back when no longer ignored", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageState("reviewer"), viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const id = await importText(page, "Ortografia", MISSPELT);
  await page.goto(`/articles/${id}`);
  await expect(marked(page, "desenbarque")).toHaveCount(3);

  const popover = await openFlag(page, "desenbarque");
  await expect(popover.getByRole("button", { name: w.spelling.ignore })).toBeVisible();
  await shoot(popover, "spelling-popover");
  await shoot(page, "spelling-popover-page");
  await popover.getByRole("button", { name: w.spelling.ignore }).click();
  await expect(marked(page, "desenbarque")).toHaveCount(0);
  await expect(marked(page, "previlégio")).toHaveCount(1);
  const panel = page.getByRole("complementary", { name: w.sidebar.label });
  await expect(panel.getByRole("listitem", { name: "desenbarque" })).toContainText("Rui Revisor");
  await shoot(panel.getByRole("region", { name: lw("ignored.title") }), "spelling-ignored-panel");

  await page.reload();
  await expect(paragraphCard(page, 3).getByTestId("current-text")).toBeVisible();
  await expect(marked(page, "desenbarque")).toHaveCount(0);
  await panel.getByRole("listitem", { name: "desenbarque" }).getByRole("button", { name: w.ignored.stop }).click();
  await expect(marked(page, "desenbarque")).toHaveCount(3);
  await expect(panel.getByRole("listitem", { name: "desenbarque" })).toHaveCount(0);
  await context.close();
});

test("a reviewer adds a word to the dictionary from a flag: a second article does not flag it, and the dictionary page lists it", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageState("reviewer"), viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const first = await importText(page, "Ortografia 2", MISSPELT);
  await page.goto(`/articles/${first}`);
  const popover = await openFlag(page, "previlégio");
  await popover.getByRole("button", { name: w.spelling.add }).click();
  await expect(marked(page, "previlégio")).toHaveCount(0);
  await expect(marked(page, "desenbarque")).toHaveCount(3);

  secondArticle = await importText(page, "Ortografia 3", SECOND);
  await page.goto(`/articles/${secondArticle}`);
  await expect(marked(page, "desenbarque")).toHaveCount(1);
  await expect(marked(page, "previlégio")).toHaveCount(0);

  await page.getByRole("navigation", { name: msg("common").nav.label }).getByRole("link", { name: msg("common").nav.dictionary }).click();
  const row = page.getByRole("row", { name: "previlégio" });
  await expect(row).toContainText("pt-PT");
  await expect(row).toContainText("Rui Revisor");
  await row.getByRole("button", { name: d.table.history }).click();
  await expect(page.getByRole("dialog", { name: dt("history.title", { word: "previlégio" }) })).toContainText(`${d.history.actions.added} · Rui Revisor`);
  await page.keyboard.press("Escape");

  await page.getByRole("button", { name: d.add }).click();
  const form = page.getByRole("dialog", { name: d.addTitle });
  await form.getByRole("textbox", { name: new RegExp(`^${d.form.word}`) }).fill("duas palavras");
  await form.getByRole("button", { name: d.form.save }).click();
  await expect(form.getByRole("alert")).toContainText(msg("refusals").wordCharacters);
  await form.getByRole("textbox", { name: new RegExp(`^${d.form.word}`) }).fill("Tokenização");
  await form.getByRole("textbox", { name: new RegExp(`^${d.form.note}`) }).fill("IA");
  await form.getByRole("button", { name: d.form.save }).click();
  await expect(page.getByRole("row", { name: "tokenização" })).toContainText(d.both);
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("row", { name: "tokenização" }).getByRole("button", { name: d.table.remove }).click();
  await expect(page.getByRole("region", { name: new RegExp(d.recentlyRemoved) })).toContainText(dt("removedBy", { name: "Rui Revisor", when: "" }).replace(/,\s*$/, ""));
  await expect(page.getByRole("row", { name: "tokenização" })).toHaveCount(0);
  await shoot(page, "spelling-dictionary");
  await context.close();
});

test("a viewer reads the dictionary and the flags but gets no controls to change them", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageState("viewer") });
  const page = await context.newPage();
  await page.goto("/dictionary");
  await expect(page.getByRole("row", { name: "previlégio" })).toBeVisible();
  await expect(page.getByRole("button", { name: d.add })).toHaveCount(0);
  await expect(page.getByRole("row", { name: "previlégio" }).getByRole("button", { name: d.table.remove })).toHaveCount(0);

  await page.goto(`/articles/${secondArticle}`);
  const popover = await openFlag(page, "desenbarque");
  await expect(popover.getByRole("button", { name: w.spelling.ignore })).toHaveCount(0);
  await expect(popover.getByRole("button", { name: w.spelling.add })).toHaveCount(0);
  await context.close();
});
