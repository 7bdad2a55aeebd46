import { expect, test } from "@playwright/test";
import { storageState } from "./support/accounts";
import { allParagraphsShown, paragraphCard } from "./support/articles";
import { like, msg } from "./support/messages";

const w = msg("workspace");
const lw = like("workspace");

test.use({ storageState: storageState("reviewer") });

test("Back with an unsaved edit asks first; staying keeps the draft, leaving goes back", async ({ page }) => {
  await page.goto("/");
  const title = `Voltar atrás ${Date.now().toString(36)}`;
  const response = await page.request.post("/api/import", {
    multipart: { locale: "pt-PT", title, text: `${title}\n\nUm parágrafo para editar sem guardar.` },
    headers: { origin: new URL(page.url()).origin },
  });
  const id = (await response.text()).trim().split("\n").map((line) => JSON.parse(line)).find((e) => e.type === "done").id;
  await page.getByRole("searchbox", { name: msg("articles").list.search }).fill(title);
  await page.getByRole("searchbox", { name: msg("articles").list.search }).press("Enter");
  await page.getByRole("link", { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${id}$`));
  await allParagraphsShown(page);

  const card = paragraphCard(page, 2);
  await card.getByRole("button", { name: w.row.edit }).click();
  const editor = card.getByLabel(w.editor.label);
  await editor.fill("Um parágrafo editado e ainda por guardar.");

  await page.evaluate(() => history.back());
  const leave = page.getByRole("alertdialog", { name: w.leave.leaveTitle });
  await expect(leave).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/articles/${id}$`));
  await leave.getByRole("button", { name: w.leave.keepEditing }).click();
  await expect(editor).toHaveValue("Um parágrafo editado e ainda por guardar.");

  await page.evaluate(() => history.back());
  await expect(leave).toBeVisible();
  await leave.getByRole("button", { name: w.leave.leave }).click();
  await expect(page).toHaveURL(/\/\?q=/);

  // The draft is offered back on return.
  await page.goto(`/articles/${id}`);
  await allParagraphsShown(page);
  await expect(card.getByRole("status")).toContainText(lw("draft.offer"));
});
