import { expect, test, type Page } from "@playwright/test";
import { storageState } from "./support/accounts";
import { importForm } from "./support/import-form";
import { msg, tr } from "./support/messages";
import { importText } from "@/lib/import/wording";

const im = msg("import");
const it = tr("import");
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

test.use({ storageState: storageState("reviewer") });

const notice = (page: Page) => page.getByRole("main").locator('[role="alert"], [role="status"]').filter({ hasNotText: /^$/ }).first();
const shots = async (page: Page, name: string) => {
  for (const [label, size] of [["1440", { width: 1440, height: 900 }], ["390", { width: 390, height: 844 }]] as const) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `/tmp/i15-import-${name}-${label}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
};

test("an empty file is called an empty file", async ({ page }) => {
  await page.goto("/import");
  await importForm.file(page).setInputFiles({ name: "vazio.txt", mimeType: "text/plain", buffer: Buffer.alloc(0) });
  await importForm.submit(page).click();
  await expect(notice(page)).toHaveText(importText("pt-PT", { key: "errors.empty", values: { file: "vazio.txt" } }));
});

test("oversized pasted text is called pasted text, and a reviewer is not told about server settings", async ({ page }) => {
  await page.goto("/import");
  const big = "Um parágrafo de texto colado. ".repeat(220_000);
  await importForm.text(page).evaluate((area, value) => ((area as HTMLTextAreaElement).value = value), big);
  await importForm.submit(page).click();
  const message = notice(page);
  const said = it("form.textTooLarge", { size: "SIZE", limit: "5 MB", advice: im.form.advice.editor });
  await expect(message).toContainText(new RegExp(`^${escaped(said).replace("SIZE", "6[.,]\\d MB")}`));
  await expect(message).not.toContainText(new RegExp(im.form.file, "i"));
  await expect(message).not.toContainText("LAPIDAR_");
  // Six megabytes in a text box take longer to paint than a screenshot may wait.
  await importForm.text(page).evaluate((area) => ((area as HTMLTextAreaElement).value = "Um parágrafo de texto colado. …"));
  await shots(page, "too-large");

  const response = await page.request.post("/api/import", { multipart: { locale: "pt-PT", text: big }, headers: { origin: new URL(page.url()).origin } });
  expect(response.status()).toBe(413);
  const { error } = await response.json();
  // Worded on the server, in the page's language, for an editor: no server setting named.
  expect(error).toBe(importText("pt-PT", { key: "errors.bodyTooLarge", values: { limitBytes: 5 * 1024 * 1024, audience: "editor" } }));
  expect(error).not.toMatch(/LAPIDAR_/);
});

test("the title field takes no more than the server does", async ({ page }) => {
  await page.goto("/import");
  await expect(importForm.title(page)).toHaveAttribute("maxlength", "300");
  await importForm.title(page).fill("t".repeat(400));
  await expect(importForm.title(page)).toHaveValue("t".repeat(300));
});

test("with a file and pasted text, the page asks which one to import", async ({ page }) => {
  await page.goto("/import");
  await importForm.file(page).setInputFiles({ name: "ficheiro.txt", mimeType: "text/plain", buffer: Buffer.from("Título do ficheiro\n\nTexto do ficheiro, que não deve ser importado.\n") });
  await importForm.text(page).fill("Título do texto colado\n\nTexto colado, que é o artigo certo.");
  await importForm.submit(page).click();
  await expect(notice(page)).toContainText(it("sourceChoice.question", { name: "ficheiro.txt" }));
  await expect(page).toHaveURL(/\/import$/);
  await shots(page, "which-source");
  await page.getByRole("button", { name: im.sourceChoice.text }).click();
  await page.waitForURL(/\/articles\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Título do texto colado");
});

test("pasted text without a headline gets its first line proposed as the title", async ({ page }) => {
  await page.goto("/import");
  const first = "A Baidu apresentou ontem o Ernie 4.0 em Pequim, diante de 3 000 pessoas.";
  await importForm.text(page).fill(`${first}\nO modelo chega em dezembro.\n\nSegundo parágrafo do artigo.`);
  await importForm.submit(page).click();
  await expect(notice(page)).toContainText(importText("pt-PT", { key: "errors.noTitle", values: { file: null } }));
  await expect(importForm.title(page)).toHaveValue(first);
  await expect(importForm.title(page)).toBeFocused();
  await shots(page, "proposed-title");
  await page.getByRole("button", { name: im.refusal.withTitle }).click();
  await page.waitForURL(/\/articles\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(first);
});

test("a byline's date stays out of the author field", async ({ page }) => {
  await page.goto("/import");
  await importForm.text(page).fill("Robôs de Hangzhou captam investimento\n\nAutor: Liu Yangnan · 30 de junho de 2023\n\nA cidade atrai fundos de capital de risco.");
  await importForm.submit(page).click();
  await page.waitForURL(/\/articles\/\d+$/);
  await expect(page.getByText(`${msg("workspace").header.author} Liu Yangnan`, { exact: true })).toBeVisible();
});
