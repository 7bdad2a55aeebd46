import { spawn } from "node:child_process";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { freePort } from "../../scripts/load/app-server";
import { storageState } from "./support/accounts";
import { msg, tr } from "./support/messages";

/** Passwords: each person changes their own, an administrator resets someone's, and either ends the old sessions. */

test.describe.configure({ mode: "serial" });

const PERSON = { name: "Paula Palavra", email: "paula@lapidar.test", password: "first-password-1" };

async function signInAs(browser: Browser, email: string, password: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel(msg("login").password).fill(password);
  await page.getByRole("button", { name: msg("login").submit }).click();
  await expect(page.getByRole("heading", { name: msg("articles").list.title })).toBeVisible();
  return page;
}

async function signInFails(browser: Browser, email: string, password: string) {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel(msg("login").password).fill(password);
  await page.getByRole("button", { name: msg("login").submit }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText(msg("login").wrongCredentials);
  await page.context().close();
}

async function expectSignedOut(page: Page) {
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
}

test("a person changes their own password; their other sessions end, this one carries on", async ({ browser }) => {
  const admin = await (await browser.newContext({ storageState: storageState("admin") })).newPage();
  await admin.goto("/users");
  const form = admin.locator("form", { has: admin.getByRole("heading", { name: msg("users").create.heading }) });
  await form.getByLabel(msg("users").create.name).fill(PERSON.name);
  await form.getByLabel(msg("users").create.email).fill(PERSON.email);
  await form.getByLabel(msg("users").create.password).fill(PERSON.password);
  await form.getByLabel(msg("users").create.role).selectOption("viewer");
  await form.getByRole("button", { name: msg("users").create.submit }).click();
  await expect(admin.getByRole("cell", { name: PERSON.email, exact: true })).toBeVisible();

  const elsewhere = await signInAs(browser, PERSON.email, PERSON.password);
  const page = await signInAs(browser, PERSON.email, PERSON.password);
  await page.getByRole("link", { name: PERSON.name }).click();
  await expect(page.getByRole("heading", { name: msg("account").title })).toBeVisible();
  await page.getByLabel(msg("account").password.current).fill("not-my-password");
  await page.locator("input[name=password]").fill("second-password-2");
  await page.locator("input[name=confirm]").fill("second-password-2");
  await page.getByRole("button", { name: msg("account").password.submit }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText(msg("refusals").currentPasswordWrong);

  await page.getByLabel(msg("account").password.current).fill(PERSON.password);
  await page.locator("input[name=password]").fill("second-password-2");
  await page.locator("input[name=confirm]").fill("second-password-2");
  await page.getByRole("button", { name: msg("account").password.submit }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText(msg("account").password.changed);
  await page.goto("/");
  await expect(page.getByRole("heading", { name: msg("articles").list.title })).toBeVisible();
  await expectSignedOut(elsewhere);
  await signInFails(browser, PERSON.email, PERSON.password);
  await (await signInAs(browser, PERSON.email, "second-password-2")).context().close();
  await Promise.all([admin.context().close(), page.context().close(), elsewhere.context().close()]);
});

test("an administrator resets someone's password, which signs them out everywhere", async ({ browser }) => {
  const person = await signInAs(browser, PERSON.email, "second-password-2");
  const admin = await (await browser.newContext({ storageState: storageState("admin") })).newPage();
  await admin.goto("/users");
  await admin.getByRole("button", { name: tr("users")("table.resetOf", { email: PERSON.email }) }).click();
  const form = admin.locator("form", { has: admin.getByRole("heading", { name: tr("users")("reset.heading", { email: PERSON.email }) }) });
  await form.getByLabel(msg("users").reset.password).fill("reset-password-3");
  await form.getByRole("button", { name: msg("users").reset.submit }).click();
  await expect(admin.getByText(tr("users")("resetDone", { email: PERSON.email }))).toBeVisible();
  await expectSignedOut(person);
  await signInFails(browser, PERSON.email, "second-password-2");
  await (await signInAs(browser, PERSON.email, "reset-password-3")).context().close();
  await Promise.all([admin.context().close(), person.context().close()]);
});

test("a server on PostgreSQL without NEXTAUTH_SECRET refuses to start, and says why", async () => {
  const root = path.resolve(import.meta.dirname, "..", "..");
  const server = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-H", "127.0.0.1", "-p", String(await freePort())], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: "postgresql://lapidar@127.0.0.1:1/unused", NEXTAUTH_SECRET: "", LAPIDAR_DATA_DIR: path.join(root, ".data", "refused-start") },
  });
  let output = "";
  server.stdout.on("data", (chunk: Buffer) => (output += chunk));
  server.stderr.on("data", (chunk: Buffer) => (output += chunk));
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      server.kill();
      resolve(null);
    }, 40_000);
    server.on("exit", (exitCode) => {
      clearTimeout(timer);
      resolve(exitCode);
    });
  });
  expect(code, output).toBe(1);
  expect(output).toContain("NEXTAUTH_SECRET is not set");
});
