import { createRequire } from "node:module";
import { expect, test } from "@playwright/test";
import { storageState } from "./support/accounts";
import { msg } from "./support/messages";

test.use({ storageState: storageState("reviewer") });

const t = () => msg("apiTokens");
const require = createRequire(import.meta.url);
const languagetool = require("languagetool-api") as { showMistakes(answer: unknown, done: (mistakes: string[]) => void): void };

test("a token made on the account page lets a LanguageTool client check text, until it is revoked", async ({ page, request }) => {
  await page.goto("/account");
  await page.getByLabel(t().name).fill("Extensão do navegador");
  await page.getByRole("button", { name: t().create }).click();
  const secret = (await page.getByTestId("api-token-secret").textContent())!.trim();
  expect(secret).toMatch(/^lap_/);
  await expect(page.getByRole("cell", { name: "Extensão do navegador", exact: true })).toBeVisible();
  await page.screenshot({ path: `.data/e2e-${process.env.E2E_PORT}/api-tokens.png`, fullPage: true });

  // As a LanguageTool client posts: form-encoded, the token as apiKey.
  const check = () => request.post("/v2/check", { form: { text: "A HKUST Xunfei lançou um modelo.", language: "pt-PT", apiKey: secret } });
  const answer = await (await check()).json();
  let mistakes: string[] = [];
  languagetool.showMistakes(answer, (m) => (mistakes = m));
  expect(mistakes).toContain("HKUST Xunfei");

  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: t().revokeNamed.replace("{name}", "Extensão do navegador") }).click();
  await expect(page.getByText(t().revokedOn.split("{")[0].trim()).first()).toBeVisible();
  const refused = await check();
  expect(refused.status()).toBe(401);
  await page.reload();
  await expect(page.getByTestId("api-token-secret")).toHaveCount(0);
});
