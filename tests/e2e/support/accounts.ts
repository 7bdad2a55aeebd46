import type { Page } from "@playwright/test";
import { msg } from "./messages";

export const ACCOUNTS = {
  admin: { email: "admin@lapidar.test", name: "Ana Admin", password: "admin-password-1" },
  reviewer: { email: "reviewer@lapidar.test", name: "Rui Revisor", password: "reviewer-password-1" },
  reviewer2: { email: "reviewer2@lapidar.test", name: "Rita Revisora", password: "reviewer-password-2" },
  viewer: { email: "viewer@lapidar.test", name: "Vera Leitora", password: "viewer-password-1" },
} as const;

export type AccountName = keyof typeof ACCOUNTS;

/** Sessions live in this run's own folder (see playwright.config.ts). */
export const storageState = (name: AccountName) => `.data/e2e-${process.env.E2E_PORT}/auth/${name}.json`;

export async function signIn(page: Page, name: AccountName) {
  const account = ACCOUNTS[name];
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(account.email);
  await page.getByLabel(msg("login").password).fill(account.password);
  await page.getByRole("button", { name: msg("login").submit }).click();
  await page.getByRole("heading", { name: msg("articles").list.title }).waitFor();
}
