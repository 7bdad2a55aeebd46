import { expect, test } from "@playwright/test";
import { storageState } from "./support/accounts";
import { msg, tr } from "./support/messages";

const common = msg("common");
const t = tr("common");

for (const [account, url, heading] of [
  ["viewer", "/import", t("noAccess.heading", { page: common.noAccess.importPage })],
  ["viewer", "/users", t("noAccess.heading", { page: common.noAccess.usersPage })],
  ["reviewer", "/users", t("noAccess.heading", { page: common.noAccess.usersPage })],
] as const) {
  test(`a ${account} opening ${url} is told they have no access and led back (status stays 404)`, async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageState(account) });
    const page = await context.newPage();
    const response = await page.goto(url);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    await expect(page.getByRole("main")).toContainText(common.roles[account]);
    for (const [name, size] of [["1440", { width: 1440, height: 900 }], ["390", { width: 390, height: 844 }]] as const) {
      await page.setViewportSize(size);
      await page.screenshot({ path: `/tmp/i15-no-access-${account}${url.replace("/", "-")}-${name}.png` });
    }
    await page.getByRole("link", { name: common.noAccess.back }).click();
    await expect(page.getByRole("heading", { level: 1, name: msg("articles").list.title })).toBeVisible();
    await context.close();
  });
}
