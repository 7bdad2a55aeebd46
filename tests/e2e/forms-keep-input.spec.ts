import { expect, test } from "@playwright/test";
import { ACCOUNTS, storageState } from "./support/accounts";
import { msg } from "./support/messages";

test("a failed sign-in keeps the e-mail and asks for the password again", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(ACCOUNTS.viewer.email);
  await page.getByLabel(msg("login").password).fill("not-the-password");
  await page.getByRole("button", { name: msg("login").submit }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText(msg("login").wrongCredentials);
  await expect(page.getByLabel("E-mail")).toHaveValue(ACCOUNTS.viewer.email);
  await expect(page.getByLabel(msg("login").password)).toBeFocused();
  for (const [name, size] of [["1440", { width: 1440, height: 900 }], ["390", { width: 390, height: 844 }]] as const) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `/tmp/i15-login-failed-${name}.png` });
  }
});

test.describe("as an administrator", () => {
  test.use({ storageState: storageState("admin") });

  test("a duplicate e-mail on the Users page keeps the whole form", async ({ page }) => {
    await page.goto("/users");
    const form = page.locator("form", { has: page.getByRole("heading", { name: "New account" }) });
    await form.getByLabel("Name").fill("Rui Repetido");
    await form.getByLabel("E-mail").fill(ACCOUNTS.reviewer.email);
    await form.getByLabel("Password").fill("another-password-1");
    await form.getByLabel("Role").selectOption("viewer");
    await form.getByRole("button", { name: "Create account" }).click();
    await expect(form.getByRole("alert")).toContainText(/already/i);
    await expect(form.getByLabel("Name")).toHaveValue("Rui Repetido");
    await expect(form.getByLabel("E-mail")).toHaveValue(ACCOUNTS.reviewer.email);
    await expect(form.getByLabel("Password")).toHaveValue("another-password-1");
    await expect(form.getByLabel("Role")).toHaveValue("viewer");
    for (const [name, size] of [["1440", { width: 1440, height: 900 }], ["390", { width: 390, height: 844 }]] as const) {
      await page.setViewportSize(size);
      await page.screenshot({ path: `/tmp/i15-users-duplicate-${name}.png`, fullPage: true });
    }
  });
});
