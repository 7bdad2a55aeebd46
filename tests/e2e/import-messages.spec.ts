import { expect, test, type Page } from "@playwright/test";
import { storageState } from "./support/accounts";
import { msg } from "./support/messages";

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
  await page.getByLabel("File").setInputFiles({ name: "vazio.txt", mimeType: "text/plain", buffer: Buffer.alloc(0) });
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(notice(page)).toHaveText("The file “vazio.txt” is empty: there is nothing to import.");
});

test("oversized pasted text is called pasted text, and a reviewer is not told about server settings", async ({ page }) => {
  await page.goto("/import");
  const big = "Um parágrafo de texto colado. ".repeat(220_000);
  await page.getByLabel("…or paste the text").evaluate((area, value) => ((area as HTMLTextAreaElement).value = value), big);
  await page.getByRole("button", { name: "Import", exact: true }).click();
  const message = notice(page);
  await expect(message).toContainText(/^The pasted text is 6\.\d MB; the import limit is 5 MB\. Nothing was imported\./);
  await expect(message).not.toContainText("file");
  await expect(message).not.toContainText("LAPIDAR_");
  // Six megabytes in a text box take longer to paint than a screenshot may wait.
  await page.getByLabel("…or paste the text").evaluate((area) => ((area as HTMLTextAreaElement).value = "Um parágrafo de texto colado. …"));
  await shots(page, "too-large");

  const response = await page.request.post("/api/import", { multipart: { locale: "pt-PT", text: big }, headers: { origin: new URL(page.url()).origin } });
  expect(response.status()).toBe(413);
  const { error } = await response.json();
  expect(error).toContain("import limit");
  expect(error).not.toMatch(/file|LAPIDAR_/);
});

test("the title field takes no more than the server does", async ({ page }) => {
  await page.goto("/import");
  await expect(page.getByLabel("Title")).toHaveAttribute("maxlength", "300");
  await page.getByLabel("Title").fill("t".repeat(400));
  await expect(page.getByLabel("Title")).toHaveValue("t".repeat(300));
});

test("with a file and pasted text, the page asks which one to import", async ({ page }) => {
  await page.goto("/import");
  await page.getByLabel("File").setInputFiles({ name: "ficheiro.txt", mimeType: "text/plain", buffer: Buffer.from("Título do ficheiro\n\nTexto do ficheiro, que não deve ser importado.\n") });
  await page.getByLabel("…or paste the text").fill("Título do texto colado\n\nTexto colado, que é o artigo certo.");
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(notice(page)).toContainText("You chose the file “ficheiro.txt” and also pasted text. Which one should be imported?");
  await expect(page).toHaveURL(/\/import$/);
  await shots(page, "which-source");
  await page.getByRole("button", { name: "Import the pasted text" }).click();
  await page.waitForURL(/\/articles\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Título do texto colado");
});

test("pasted text without a headline gets its first line proposed as the title", async ({ page }) => {
  await page.goto("/import");
  const first = "A Baidu apresentou ontem o Ernie 4.0 em Pequim, diante de 3 000 pessoas.";
  await page.getByLabel("…or paste the text").fill(`${first}\nO modelo chega em dezembro.\n\nSegundo parágrafo do artigo.`);
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(notice(page)).toContainText("The pasted text has no headline. Its first line is proposed as the title");
  await expect(page.getByLabel("Title")).toHaveValue(first);
  await expect(page.getByLabel("Title")).toBeFocused();
  await shots(page, "proposed-title");
  await page.getByRole("button", { name: "Import with this title" }).click();
  await page.waitForURL(/\/articles\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(first);
});

test("a byline's date stays out of the author field", async ({ page }) => {
  await page.goto("/import");
  await page.getByLabel("…or paste the text").fill("Robôs de Hangzhou captam investimento\n\nAutor: Liu Yangnan · 30 de junho de 2023\n\nA cidade atrai fundos de capital de risco.");
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await page.waitForURL(/\/articles\/\d+$/);
  await expect(page.getByText(`${msg("workspace").header.author} Liu Yangnan`, { exact: true })).toBeVisible();
});
