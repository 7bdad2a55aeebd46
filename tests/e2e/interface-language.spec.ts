import { expect, test, type Page } from "@playwright/test";
import { storageState } from "./support/accounts";
import { msg } from "./support/messages";

const PERSON = { name: "Lia Línguas", email: "lia.linguas@lapidar.test", password: "lia-password-12" };

async function signInAs(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel(msg("login").password).fill(password);
  await page.getByRole("button", { name: msg("login").submit }).click();
  await page.getByRole("heading", { name: msg("articles").list.title }).waitFor();
}

test("before signing in, the sign-in page speaks European Portuguese and switches to English and Brazilian Portuguese", async ({ browser }) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto("/login");
  await expect(page.locator("html")).toHaveAttribute("lang", "pt-PT");
  await expect(page.getByRole("heading", { name: msg("login").title })).toBeVisible();
  await expect(page.getByLabel(msg("login").password)).toBeVisible();

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: msg("login", "en").title })).toBeVisible();
  await expect(page.getByLabel(msg("login", "en").password)).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  await page.getByRole("button", { name: "Português (Brasil)" }).click();
  await expect(page.getByLabel(msg("login", "pt-BR").password)).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "pt-BR");
  // The choice is the browser's: a reload keeps it.
  await page.reload();
  await expect(page.getByText(msg("login", "pt-BR").intro)).toBeVisible();
  await context.close();
});

test("a user's language is kept on the account and changes every page", async ({ browser }) => {
  const admin = await (await browser.newContext({ storageState: storageState("admin") })).newPage();
  await admin.goto("/users");
  const form = admin.locator("form", { has: admin.getByRole("heading", { name: msg("users").create.heading }) });
  await form.getByLabel(msg("users").create.name).fill(PERSON.name);
  await form.getByLabel(msg("users").create.email).fill(PERSON.email);
  await form.getByLabel(msg("users").create.password).fill(PERSON.password);
  await form.getByLabel(msg("users").create.role).selectOption("viewer");
  await form.getByRole("button", { name: msg("users").create.submit }).click();
  await expect(admin.getByRole("cell", { name: PERSON.email, exact: true })).toBeVisible();
  await admin.context().close();

  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await signInAs(page, PERSON.email, PERSON.password);
  const nav = page.getByRole("navigation", { name: msg("common").nav.label });
  await expect(nav.getByRole("link", { name: msg("common").nav.glossary })).toBeVisible();
  await expect(page.getByTestId("current-role")).toHaveText(msg("common").roles.viewer);

  await page.getByRole("link", { name: PERSON.name }).click();
  await expect(page.getByRole("heading", { name: msg("account").title })).toBeVisible();
  await page.getByLabel(msg("account").language.label).selectOption("en");
  await page.getByRole("button", { name: msg("account").language.save }).click();
  await expect(page.getByRole("heading", { name: msg("account", "en").title })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("button", { name: msg("common", "en").nav.signOut })).toBeVisible();
  await page.goto("/");
  await expect(page.getByRole("heading", { name: msg("articles", "en").list.title })).toBeVisible();
  await expect(page.getByTestId("current-role")).toHaveText(msg("common", "en").roles.viewer);

  // Another browser, no cookie of this one: the account's own choice.
  const elsewhere = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const other = await elsewhere.newPage();
  await other.goto("/login");
  await other.getByLabel("E-mail").fill(PERSON.email);
  await other.getByLabel(msg("login").password).fill(PERSON.password);
  await other.getByRole("button", { name: msg("login").submit }).click();
  await expect(other.getByRole("heading", { name: msg("articles", "en").list.title })).toBeVisible();
  await elsewhere.close();

  await page.goto("/account");
  await page.getByLabel(msg("account", "en").language.label).selectOption("pt-BR");
  await page.getByRole("button", { name: msg("account", "en").language.save }).click();
  await expect(page.getByRole("heading", { name: msg("account", "pt-BR").title })).toBeVisible();
  await expect(page.getByLabel(msg("account", "pt-BR").password.current)).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("account-pt-BR.png"), fullPage: true });
  await page.getByRole("button", { name: msg("common", "pt-BR").nav.signOut }).click();
  // Signed out, the cookie keeps the sign-in page in the user's language.
  await page.waitForURL(/\/login/);
  await expect(page.getByLabel(msg("login", "pt-BR").password, { exact: true })).toBeVisible();
  await context.close();
});
