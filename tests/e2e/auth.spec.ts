import { expect, test } from "@playwright/test";
import { ACCOUNTS, signIn, storageState } from "./support/accounts";
import { msg } from "./support/messages";

test("an anonymous visit is sent to sign-in", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
});

test("a wrong password is refused with a message", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(ACCOUNTS.reviewer.email);
  await page.getByLabel(msg("login").password).fill("not-the-password");
  await page.getByRole("button", { name: msg("login").submit }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText(msg("login").wrongCredentials);
});

test("sign in and sign out", async ({ page }) => {
  await signIn(page, "reviewer");
  await expect(page.getByTestId("current-role")).toHaveText(msg("common").roles.reviewer);
  await page.getByRole("button", { name: msg("common").nav.signOut }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
});

test("a viewer sees no import or users page, and the server refuses them", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageState("viewer") });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.getByRole("link", { name: msg("common").nav.import })).toHaveCount(0);
  await expect(page.getByRole("link", { name: msg("common").nav.users })).toHaveCount(0);
  const response = await page.request.post("/api/import", {
    multipart: { locale: "pt-PT", text: "Um texto qualquer." },
    headers: { origin: new URL(page.url()).origin },
  });
  expect(response.status()).toBe(403);
  await context.close();
});

test("signing in returns to the page that asked for it", async ({ page }) => {
  await page.goto("/import");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fimport/);
  await page.getByLabel("E-mail").fill(ACCOUNTS.reviewer.email);
  await page.getByLabel(msg("login").password).fill(ACCOUNTS.reviewer.password);
  await page.getByRole("button", { name: msg("login").submit }).click();
  await expect(page.getByRole("heading", { name: msg("import").title })).toBeVisible();
  await expect(page.getByTestId("current-role")).toHaveText(msg("common").roles.reviewer);
});

test("a callback to another site is ignored", async ({ page }) => {
  await page.goto("/login?callbackUrl=%2F%2Fevil.example%2F");
  await page.getByLabel("E-mail").fill(ACCOUNTS.reviewer.email);
  await page.getByLabel(msg("login").password).fill(ACCOUNTS.reviewer.password);
  await page.getByRole("button", { name: msg("login").submit }).click();
  await expect(page.getByRole("heading", { name: msg("articles").list.title })).toBeVisible();
  expect(page.url()).not.toContain("evil");
});
