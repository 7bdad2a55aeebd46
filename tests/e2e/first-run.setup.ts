import { expect, test } from "@playwright/test";
import { ACCOUNTS, signIn, storageState } from "./support/accounts";
import { msg } from "./support/messages";

test("first run: the first visitor creates the administrator, who then adds the team", async ({ page, browser }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole("heading", { name: msg("setup").heading })).toBeVisible();

  const admin = ACCOUNTS.admin;
  await page.getByLabel(msg("setup").name).fill(admin.name);
  await page.getByLabel(msg("setup").email).fill(admin.email);
  await page.getByLabel(msg("setup").password).fill(admin.password);
  await page.getByRole("button", { name: msg("setup").submit }).click();
  await expect(page.getByRole("heading", { name: msg("articles").list.title })).toBeVisible();
  await expect(page.getByTestId("current-role")).toHaveText(msg("common").roles.admin);

  // The first-run page closes once a user exists, for everyone.
  const anonymous = await browser.newContext();
  const other = await anonymous.newPage();
  await other.goto("/setup");
  await expect(other).toHaveURL(/\/login$/);
  await anonymous.close();

  await page.getByRole("link", { name: msg("common").nav.users }).click();
  for (const name of ["reviewer", "reviewer2", "viewer"] as const) {
    const account = ACCOUNTS[name];
    const form = page.locator("form", { has: page.getByRole("heading", { name: msg("users").create.heading }) });
    await form.getByLabel(msg("users").create.name).fill(account.name);
    await form.getByLabel(msg("users").create.email).fill(account.email);
    await form.getByLabel(msg("users").create.password).fill(account.password);
    await form.getByLabel(msg("users").create.role).selectOption(name === "viewer" ? "viewer" : "reviewer");
    await form.getByRole("button", { name: msg("users").create.submit }).click();
    await expect(page.getByRole("cell", { name: account.email, exact: true })).toBeVisible();
  }
  await page.context().storageState({ path: storageState("admin") });

  for (const name of ["reviewer", "reviewer2", "viewer"] as const) {
    const context = await browser.newContext();
    const p = await context.newPage();
    await signIn(p, name);
    await context.storageState({ path: storageState(name) });
    await context.close();
  }
});
