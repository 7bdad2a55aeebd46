import { expect, test } from "@playwright/test";
import { storageState } from "./support/accounts";
import { importSeedArticle, paragraphCard } from "./support/articles";
import { like, msg } from "./support/messages";

const w = msg("workspace");
const lw = like("workspace");

test.describe.configure({ mode: "serial" });

let articleId: number;

test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageState("reviewer") });
  articleId = await importSeedArticle(await context.newPage(), "Artigo para revisão");
  await context.close();
});

test("a reviewer edits a paragraph, saves with Ctrl+Enter, and the text and status survive a reload", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageState("reviewer") });
  const page = await context.newPage();
  await page.goto(`/articles/${articleId}`);
  const card = paragraphCard(page, 4);
  await card.getByRole("button", { name: w.row.edit }).click();
  const editor = card.getByLabel(w.editor.label);
  await editor.fill("Wang Huiwen vendeu a Light Years Beyond à Meituan.");
  await editor.press("Control+Enter");
  await expect(card.getByTestId("current-text")).toHaveText("Wang Huiwen vendeu a Light Years Beyond à Meituan.");
  await page.reload();
  await expect(paragraphCard(page, 4).getByTestId("current-text")).toHaveText("Wang Huiwen vendeu a Light Years Beyond à Meituan.");
  await expect(paragraphCard(page, 4).getByText(w.status.edited, { exact: true })).toBeVisible();
  await context.close();
});

test("a stale save that overlaps the newer one is not applied: both texts are offered span by span, nothing chosen, nothing lost", async ({ browser }) => {
  const first = await browser.newContext({ storageState: storageState("reviewer") });
  const second = await browser.newContext({ storageState: storageState("reviewer2") });
  const a = await first.newPage();
  const b = await second.newPage();
  await a.goto(`/articles/${articleId}`);
  await b.goto(`/articles/${articleId}`);

  await paragraphCard(a, 5).getByRole("button", { name: w.row.edit }).click();
  await paragraphCard(b, 5).getByRole("button", { name: w.row.edit }).click();
  await paragraphCard(b, 5).getByLabel(w.editor.label).fill("Texto da Rita.");
  await paragraphCard(b, 5).getByRole("button", { name: w.editor.save }).click();
  await expect(paragraphCard(b, 5).getByTestId("current-text")).toHaveText("Texto da Rita.");

  await paragraphCard(a, 5).getByLabel(w.editor.label).fill("Texto do Rui.");
  await paragraphCard(a, 5).getByRole("button", { name: w.editor.save }).click();
  const merge = paragraphCard(a, 5).getByRole("region", { name: w.merge.label });
  await expect(merge).toContainText(lw("merge.intro", { name: "Rita Revisora" }));
  await expect(merge.getByTestId("merge-text")).toContainText("Rita");
  await expect(merge.getByTestId("merge-text")).toContainText("Rui");
  await expect(merge.getByRole("radio", { checked: true })).toHaveCount(0);
  await expect(merge.getByRole("button", { name: w.merge.save })).toBeDisabled();

  await b.reload();
  await expect(paragraphCard(b, 5).getByTestId("current-text")).toHaveText("Texto da Rita.");

  for (const group of await merge.getByRole("group", { name: new RegExp(`^${lw("merge.conflict").source}$`) }).all()) await group.getByRole("radio", { name: w.merge.yourWords }).click();
  await merge.getByRole("button", { name: w.merge.save }).click();
  await expect(paragraphCard(a, 5).getByTestId("current-text")).toContainText("Rui");
  await expect(merge).toHaveCount(0);
  await first.close();
  await second.close();
});

test("a viewer reads everything but the server refuses their save", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageState("viewer") });
  const page = await context.newPage();
  await page.goto(`/articles/${articleId}`);
  await expect(page.getByText(w.readOnly)).toBeVisible();
  const card = paragraphCard(page, 4);
  await expect(card.getByTestId("current-text")).toHaveText("Wang Huiwen vendeu a Light Years Beyond à Meituan.");
  await expect(card.getByRole("button", { name: w.row.edit })).toHaveCount(0);

  const id = await card.getAttribute("data-paragraph-id");
  const before = await (await page.request.get(`/api/paragraphs/${id}`)).json();
  const refused = await page.request.put(`/api/paragraphs/${id}`, {
    data: { baseVersion: before.version, text: "O leitor tenta alterar." },
    headers: { origin: new URL(page.url()).origin },
  });
  expect(refused.status()).toBe(403);
  const after = await (await page.request.get(`/api/paragraphs/${id}`)).json();
  expect(after.currentText).toBe(before.currentText);
  expect(after.version).toBe(before.version);
  await context.close();
});
