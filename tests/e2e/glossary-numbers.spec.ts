import { expect, test, type Page } from "@playwright/test";
import { storageState } from "./support/accounts";
import { paragraphCard } from "./support/articles";
import { msg, tr } from "./support/messages";
import { importForm } from "./support/import-form";

const w = msg("workspace");

const gt = tr("glossary");

test.use({ storageState: storageState("reviewer") });

const TEXT = [
  "A Shang Tang reforça a aposta em IA",
  "A Shang Tang anunciou um novo modelo em Xangai.",
  "Analistas dizem que a Shang Tang ainda perde dinheiro.",
  "Os investidores da Shang Tang estão calmos.",
].join("\n\n");

async function shots(page: Page, name: string) {
  for (const [label, size] of [["1440", { width: 1440, height: 900 }], ["390", { width: 390, height: 844 }]] as const) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `/tmp/i15-glossary-${name}-${label}.png` });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

test("the glossary numbers paragraphs as the article page does, from 1", async ({ page }) => {
  await page.goto("/import");
  await importForm.text(page).fill(TEXT);
  await importForm.submit(page).click();
  await page.waitForURL(/\/articles\/\d+$/);
  const id = Number(page.url().split("/").pop());

  const third = paragraphCard(page, 3);
  await third.getByRole("button", { name: w.row.edit }).click();
  await third.getByLabel(w.editor.label).fill("Analistas dizem que a SenseTime ainda perde dinheiro.");
  await third.getByLabel(w.editor.label).press("Control+Enter");
  await expect(third.getByTestId("current-text")).toHaveText("Analistas dizem que a SenseTime ainda perde dinheiro.");

  await page.goto(`/glossary?article=${id}`);
  const suggestion = page.getByRole("listitem", { name: gt("suggestion.item", { preferred: "SenseTime" }) });
  await expect(suggestion).toContainText("Shang Tang");
  await expect(suggestion).toContainText(msg("glossary").types.entity);
  await expect(suggestion.getByRole("link", { name: "¶ 3" })).toHaveAttribute("href", `/articles/${id}`);
  await shots(page, "suggestion");

  await suggestion.getByRole("button", { name: msg("glossary").suggestion.apply }).click();
  const dialog = page.getByRole("dialog", { name: gt("apply.title", { preferred: "SenseTime" }) });
  const occurrences = dialog.getByRole("list", { name: msg("glossary").apply.occurrences });
  await expect(occurrences.getByRole("checkbox")).toHaveCount(3);
  for (const number of [1, 2, 4]) {
    await expect(occurrences.getByRole("checkbox", { name: new RegExp(`, ${gt("apply.replaceIn", { article: "", number }).split(", ").pop()}$`) })).toBeChecked();
    await expect(occurrences).toContainText(`¶ ${number}`);
  }
  await expect(occurrences).not.toContainText("¶ 0");
  await shots(page, "apply-preview");
});
