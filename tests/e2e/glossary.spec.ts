import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { storageState } from "./support/accounts";
import { currentTexts, importSeedArticle, paragraphCard } from "./support/articles";
import { msg, tr } from "./support/messages";

const w = msg("workspace");

const g = msg("glossary");
const gt = tr("glossary");

test.describe.configure({ mode: "serial" });
test.use({ storageState: storageState("reviewer") });

const GARBLE = "Jiazi Guangnian";
const FIX = "Jiazi Light Year";
const SCREENSHOTS = process.env.GLOSSARY_SCREENSHOTS;

let articleId: number;

async function shoot(page: Page, name: string) {
  if (SCREENSHOTS) await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

function countIn(texts: string[], needle: string): number {
  return texts.reduce((n, t) => n + t.split(needle).length - 1, 0);
}

test("correct a garble, accept the suggested entry, apply it to the rest of the article, then undo", async ({ page }) => {
  articleId = await importSeedArticle(page, "Artigo do glossário");
  const before = countIn(await currentTexts(page), GARBLE);
  const fixedBefore = countIn(await currentTexts(page), FIX);
  expect(before).toBeGreaterThan(3);

  // Pinned by id: once edited, the card no longer contains the text that found it.
  const id = await page.getByRole("article").filter({ hasText: `Da perspectiva de "${GARBLE}"` }).getAttribute("data-paragraph-id");
  const card = page.locator(`[data-paragraph-id="${id}"]`);
  await card.getByRole("button", { name: w.row.edit }).click();
  const editor = card.getByLabel(w.editor.label);
  await editor.fill((await editor.inputValue()).replace(GARBLE, FIX));
  await card.getByRole("button", { name: w.editor.save }).click();
  await expect(card.getByTestId("current-text")).toContainText(FIX);

  await page.getByRole("navigation", { name: msg("common").nav.label }).getByRole("link", { name: msg("common").nav.glossary }).click();
  const suggestion = page.getByRole("listitem", { name: gt("suggestion.item", { preferred: FIX }) });
  await expect(suggestion).toContainText(GARBLE);
  await shoot(page, "glossary-suggestion");
  await suggestion.getByRole("button", { name: g.suggestion.accept }).click();
  const form = page.getByRole("dialog", { name: g.form.acceptTitle });
  await expect(form.getByLabel(g.form.variants)).toHaveValue(GARBLE);
  await form.getByLabel(g.form.sourceTerm).fill("甲子光年");
  await form.getByRole("button", { name: g.form.accept }).click();
  await expect(form).toBeHidden();
  const row = page.getByRole("row", { name: FIX });
  await expect(row).toContainText(GARBLE);
  await expect(suggestion).toHaveCount(0);

  await row.getByRole("button", { name: g.table.apply }).click();
  const dialog = page.getByRole("dialog", { name: gt("apply.title", { preferred: FIX }) });
  await dialog.getByLabel(g.apply.where).selectOption(String(articleId));
  const boxes = dialog.getByRole("list", { name: g.apply.occurrences }).getByRole("checkbox");
  await expect(boxes).toHaveCount(before - 1);
  await shoot(page, "glossary-apply");
  const kept = Number((await boxes.first().getAttribute("aria-label"))!.match(/(\d+)$/)![1]);
  await boxes.first().uncheck();
  await dialog.getByRole("button", { name: gt("apply.submit", { count: before - 2 }) }).click();
  await expect(page.getByText(gt("apply.done", { made: before - 2, paragraphs: 999 }).split("999")[0])).toBeVisible();
  await shoot(page, "glossary-after-apply");

  await page.goto(`/articles/${articleId}`);
  const after = await currentTexts(page);
  expect(countIn(after, GARBLE)).toBe(1);
  expect(countIn(after, FIX)).toBe(fixedBefore + before - 1);
  await expect(paragraphCard(page, kept).getByTestId("current-text")).toContainText(GARBLE);

  await page.goto("/glossary");
  const bulk = page.getByRole("listitem", { name: new RegExp(`^${gt("bulk.item", { id: 999 }).replace("999", "\\d+")}$`) }).first();
  await expect(bulk).toContainText(`${GARBLE} → ${FIX}`);
  await bulk.getByRole("button", { name: g.bulk.undo }).click();
  await expect(page.getByText(gt("bulk.undone", { count: before - 2 }))).toBeVisible();
  await page.goto(`/articles/${articleId}`);
  expect(countIn(await currentTexts(page), GARBLE)).toBe(before - 1);
});

test("export the glossary, import it back, and into an empty installation", async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto("/glossary");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: g.io.exportTbx }).click();
  const dir = mkdtempSync(path.join(tmpdir(), "lapidar-glossary-"));
  const tbx = path.join(dir, "glossary.tbx");
  await (await download).saveAs(tbx);
  const exported = readFileSync(tbx, "utf8");
  expect(exported).toContain(`<term>${FIX}</term>`);
  expect(exported).toContain("<term>甲子光年</term>");

  await page.getByLabel(g.io.file).setInputFiles(tbx);
  await page.getByRole("button", { name: g.io.import, exact: true }).click();
  // The installation starts with the whole calque lexicon (hundreds of entries): comparing them all takes a while on a busy machine.
  await expect(page.getByText(new RegExp(gt("io.imported", { created: 0, updated: 0, unchanged: 999 }).replace("999", "\\d+").replace(/\./g, "\\.")))).toBeVisible({ timeout: 60_000 });

  await page.getByLabel(g.io.file).setInputFiles({ name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from("preferred,type\nBoa,term\n,term\n") });
  await page.getByRole("button", { name: g.io.import, exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: g.io.refused })).toContainText(gt("io.line", { line: 3, message: gt("file.emptyForm", { field: "preferred" }) }));
  await expect(page.getByRole("cell", { name: "Boa", exact: true })).toHaveCount(0);
  await shoot(page, "glossary-import-errors");

  // A fresh installation: a new embedded database, which starts with the shipped lexicon as every installation does,
  // gets this installation's own entries from the downloaded file through the command line.
  const env = { ...process.env, LAPIDAR_DATA_DIR: path.join(dir, "data"), DATABASE_URL: "" };
  const lapidar = (...args: string[]) => execFileSync("node_modules/.bin/tsx", ["scripts/lapidar.ts", ...args], { env, encoding: "utf8" });
  const summary = /^Imported (\d+) entries: (\d+) new, 0 updated, (\d+) unchanged\./.exec(lapidar("glossary", "import", "--format", "tbx", tbx));
  expect(summary, "the import's summary line").not.toBeNull();
  const [total, created, unchanged] = summary!.slice(1).map(Number);
  expect(created).toBeGreaterThanOrEqual(1);
  expect(created + unchanged).toBe(total);
  const copy = path.join(dir, "copy.tbx");
  lapidar("glossary", "export", "--format", "tbx", copy);
  expect(readFileSync(copy, "utf8")).toBe(exported);
});

test.describe("as a viewer", () => {
  test.use({ storageState: storageState("viewer") });

  test("reads the glossary but cannot change it", async ({ page }) => {
    await page.goto("/glossary");
    await expect(page.getByRole("row", { name: FIX })).toBeVisible();
    await expect(page.getByRole("button", { name: g.newEntry })).toHaveCount(0);
    await expect(page.getByRole("row", { name: FIX }).getByRole("button", { name: g.table.edit })).toHaveCount(0);
    await page.getByRole("searchbox", { name: g.table.search }).fill("甲子");
    await expect(page.getByRole("row")).toHaveCount(2);
    await shoot(page, "glossary-viewer");
  });
});
