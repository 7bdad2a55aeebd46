import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, storageState } from "./support/accounts";
import { msg } from "./support/messages";

const w = msg("workspace");

/** Response headers that keep the pages out of other sites' frames and their scripts to Lapidar's own. */

test.describe.configure({ mode: "serial" });

let articleId = 0;

test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageState("reviewer") });
  const imported = await context.request.post("/api/import", {
    multipart: { locale: "pt-PT", title: "Cabeçalhos de segurança", text: "Cabeçalhos de segurança\n\nA HKUST Xunfei lançou um modelo grande.\n\nOutro parágrafo." },
  });
  articleId = (await imported.text()).trim().split("\n").map((line) => JSON.parse(line)).find((e) => e.type === "done").id;
  await context.close();
});

const nonceOf = (policy: string) => policy.match(/'nonce-([^']+)'/)?.[1];

test("every page sends a CSP with a fresh nonce, frame-ancestors 'none', X-Frame-Options and a Referrer-Policy", async ({ browser, playwright }) => {
  const anonymous = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const admin = await browser.newContext({ storageState: storageState("admin") });
  const pages = ["/", "/import", "/glossary", "/users", `/articles/${articleId}`, `/articles/${articleId}/report`];
  const answers = [
    ...(await Promise.all(["/login", "/setup"].map(async (url) => [url, await anonymous.get(url, { maxRedirects: 0 })] as const))),
    ...(await Promise.all(pages.map(async (url) => [url, await admin.request.get(url)] as const))),
    ["/ (anonymous, sent to sign-in)", await anonymous.get("/", { maxRedirects: 0 })] as const,
  ];
  const nonces = new Set<string>();
  for (const [url, response] of answers) {
    const headers = response.headers();
    const policy = headers["content-security-policy"] ?? "";
    expect(policy, url).toContain("frame-ancestors 'none'");
    expect(policy, url).toContain("object-src 'none'");
    expect(policy, url).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'(;|$)/);
    expect(headers["x-frame-options"], url).toBe("DENY");
    expect(headers["referrer-policy"], url).toBe("same-origin");
    expect(headers["x-content-type-options"], url).toBe("nosniff");
    const nonce = nonceOf(policy)!;
    nonces.add(nonce);
    if (response.status() === 200) {
      // Next puts the request's nonce on every script it renders; a script without it would not run.
      const html = await response.text();
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(scripts.length, url).toBeGreaterThan(0);
      expect(scripts.filter((tag) => !tag.includes(`nonce="${nonce}"`)), url).toEqual([]);
    }
  }
  expect(nonces.size, "one nonce per response").toBe(answers.length);
  const upload = await admin.request.post("/api/import", { multipart: { locale: "pt-PT", text: "" } });
  expect(upload.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  expect(upload.headers()["x-frame-options"]).toBe("DENY");
  await anonymous.dispose();
  await admin.close();
});

/** Collects what the browser refused under the policy while the page runs. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener("securitypolicyviolation", (event) => seen.push(`${event.violatedDirective} ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber} on ${location.pathname}`));
  });
  const console: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) console.push(message.text());
  });
  return async () => [...console, ...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp))];
}

test("the pages work under the policy: nothing is refused while reviewing, and the app responds", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageState("reviewer") });
  const page = await context.newPage();
  const violations = await watchViolations(page);
  await page.goto(`/articles/${articleId}`);
  await expect(page.getByRole("list", { name: w.header.paragraphs })).toBeVisible();
  // Client code runs: the keyboard shortcut list opens.
  await page.keyboard.press("?");
  await expect(page.getByRole("dialog")).toBeVisible();
  await page.keyboard.press("Escape");
  await page.goto(`/articles/${articleId}/report`);
  await page.waitForLoadState("networkidle");
  await page.goto("/glossary");
  await page.waitForLoadState("networkidle");
  await page.goto("/");
  await page.waitForLoadState("networkidle");
  expect(await violations()).toEqual([]);
  await context.close();
});

test("another site cannot frame a page", async ({ page }) => {
  const target = new URL("/login", test.info().project.use.baseURL).toString();
  await page.route("http://framer.example/", (route) => route.fulfill({ contentType: "text/html", body: `<iframe src="${target}" name="victim"></iframe>` }));
  await page.goto("http://framer.example/");
  const frame = page.frame({ name: "victim" });
  // A refused frame is left on Chromium's error page: the sign-in form never appears in it.
  await page.waitForTimeout(1000);
  expect(await frame?.locator("input[name=email]").count().catch(() => 0)).toBe(0);
});

test("a callback that a browser reads as another site (/%09/evil.example) is not followed", async ({ page }) => {
  const leftSite: string[] = [];
  await page.route((url) => url.hostname === "evil.example", (route) => {
    leftSite.push(route.request().url());
    return route.fulfill({ contentType: "text/html", body: "<h1>evil</h1>" });
  });
  await page.goto("/login?callbackUrl=%2F%09%2Fevil.example");
  await page.getByLabel("E-mail").fill(ACCOUNTS.reviewer.email);
  await page.getByLabel(msg("login").password).fill(ACCOUNTS.reviewer.password);
  await page.getByRole("button", { name: msg("login").submit }).click();
  await expect(page.getByRole("heading", { name: msg("articles").list.title })).toBeVisible();
  expect(new URL(page.url()).origin).toBe(new URL(test.info().project.use.baseURL!).origin);
  expect(leftSite).toEqual([]);
});
