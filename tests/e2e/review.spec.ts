import { expect, test } from "@playwright/test";
import { storageState } from "./support/accounts";
import { importSeedArticle, paragraphCard } from "./support/articles";

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
  await card.getByRole("button", { name: "Edit" }).click();
  const editor = card.getByLabel("Edit current text");
  await editor.fill("Wang Huiwen vendeu a Light Years Beyond à Meituan.");
  await editor.press("Control+Enter");
  await expect(card.getByTestId("current-text")).toHaveText("Wang Huiwen vendeu a Light Years Beyond à Meituan.");
  await page.reload();
  await expect(paragraphCard(page, 4).getByTestId("current-text")).toHaveText("Wang Huiwen vendeu a Light Years Beyond à Meituan.");
  await expect(paragraphCard(page, 4).getByText("edited", { exact: true })).toBeVisible();
  await context.close();
});

test("a stale save that overlaps the newer one is not applied: both texts are offered span by span, nothing chosen, nothing lost", async ({ browser }) => {
  const first = await browser.newContext({ storageState: storageState("reviewer") });
  const second = await browser.newContext({ storageState: storageState("reviewer2") });
  const a = await first.newPage();
  const b = await second.newPage();
  await a.goto(`/articles/${articleId}`);
  await b.goto(`/articles/${articleId}`);

  await paragraphCard(a, 5).getByRole("button", { name: "Edit" }).click();
  await paragraphCard(b, 5).getByRole("button", { name: "Edit" }).click();
  await paragraphCard(b, 5).getByLabel("Edit current text").fill("Texto da Rita.");
  await paragraphCard(b, 5).getByRole("button", { name: "Save" }).click();
  await expect(paragraphCard(b, 5).getByTestId("current-text")).toHaveText("Texto da Rita.");

  await paragraphCard(a, 5).getByLabel("Edit current text").fill("Texto do Rui.");
  await paragraphCard(a, 5).getByRole("button", { name: "Save" }).click();
  const merge = paragraphCard(a, 5).getByRole("region", { name: "Merge" });
  await expect(merge).toContainText("Rita Revisora saved this paragraph");
  await expect(merge.getByTestId("merge-text")).toContainText("Rita");
  await expect(merge.getByTestId("merge-text")).toContainText("Rui");
  await expect(merge.getByRole("radio", { checked: true })).toHaveCount(0);
  await expect(merge.getByRole("button", { name: "Save the merged text" })).toBeDisabled();

  await b.reload();
  await expect(paragraphCard(b, 5).getByTestId("current-text")).toHaveText("Texto da Rita.");

  for (const group of await merge.getByRole("group", { name: /^Conflict \d+ of \d+$/ }).all()) await group.getByRole("radio", { name: "Your words" }).click();
  await merge.getByRole("button", { name: "Save the merged text" }).click();
  await expect(paragraphCard(a, 5).getByTestId("current-text")).toContainText("Rui");
  await expect(merge).toHaveCount(0);
  await first.close();
  await second.close();
});

test("a viewer reads everything but the server refuses their save", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageState("viewer") });
  const page = await context.newPage();
  await page.goto(`/articles/${articleId}`);
  await expect(page.getByText("You have read-only access")).toBeVisible();
  const card = paragraphCard(page, 4);
  await expect(card.getByTestId("current-text")).toHaveText("Wang Huiwen vendeu a Light Years Beyond à Meituan.");
  await expect(card.getByRole("button", { name: "Edit" })).toHaveCount(0);

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
