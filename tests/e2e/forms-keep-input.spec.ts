import { expect, test } from "@playwright/test";
import { ACCOUNTS, storageState } from "./support/accounts";
import { msg, tr } from "./support/messages";

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
    const form = page.locator("form", { has: page.getByRole("heading", { name: msg("users").create.heading }) });
    await form.getByLabel(msg("users").create.name).fill("Rui Repetido");
    await form.getByLabel(msg("users").create.email).fill(ACCOUNTS.reviewer.email);
    await form.getByLabel(msg("users").create.password).fill("another-password-1");
    await form.getByLabel(msg("users").create.role).selectOption("viewer");
    await form.getByRole("button", { name: msg("users").create.submit }).click();
    await expect(form.getByRole("alert")).toContainText(tr("refusals")("emailTaken", { email: ACCOUNTS.reviewer.email }));
    await expect(form.getByLabel(msg("users").create.name)).toHaveValue("Rui Repetido");
    await expect(form.getByLabel(msg("users").create.email)).toHaveValue(ACCOUNTS.reviewer.email);
    await expect(form.getByLabel(msg("users").create.password)).toHaveValue("another-password-1");
    await expect(form.getByLabel(msg("users").create.role)).toHaveValue("viewer");
    for (const [name, size] of [["1440", { width: 1440, height: 900 }], ["390", { width: 390, height: 844 }]] as const) {
      await page.setViewportSize(size);
      await page.screenshot({ path: `/tmp/i15-users-duplicate-${name}.png`, fullPage: true });
    }
  });
});
