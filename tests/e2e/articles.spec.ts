import { expect, test, type Browser, type Page } from "@playwright/test";
import { ACCOUNTS, storageState, type AccountName } from "./support/accounts";
import { importSeedArticle } from "./support/articles";
import { SEED_ARTICLE } from "./support/fixtures";
import { msg, tr } from "./support/messages";
import { importForm } from "./support/import-form";

const w = msg("workspace");

/** The article list at scale, statuses, archive, assignments and metadata, in the default (Portuguese) interface. */

test.describe.configure({ mode: "serial" });

const a = msg("articles");
const t = tr("articles");
const TAG = `lote${Date.now().toString(36)}`;
const COUNT = 30;
const ids: number[] = [];

async function importText(page: Page, title: string, body: string): Promise<number> {
  const response = await page.request.post("/api/import", {
    multipart: { locale: "pt-PT", title, text: `${title}\n\n${body}` },
    headers: { origin: new URL(page.url()).origin },
  });
  const done = (await response.text()).trim().split("\n").map((line) => JSON.parse(line)).find((e) => e.type === "done");
  expect(done, `import of ${title}`).toBeTruthy();
  return done.id;
}

async function as(browser: Browser, name: AccountName) {
  const context = await browser.newContext({ storageState: storageState(name) });
  return context.newPage();
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(180_000);
  const page = await as(browser, "reviewer");
  await page.goto("/");
  for (let i = 0; i < COUNT; i++) {
    const n = String(i).padStart(2, "0");
    ids.push(await importText(page, `${TAG} artigo ${n}`, `Texto número ${n} do ${TAG}, sobre a bolsa de Xangai${i % 3 === 0 ? " e a Xiaomi" : ""}.`));
  }
  await page.context().close();
});

test("the list searches, filters, sorts and pages on the server; the URL keeps the view and Back returns to it", async ({ browser }) => {
  const page = await as(browser, "reviewer");
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: a.list.title })).toBeVisible();
  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.screenshot({ path: "/tmp/p6-list-1440.png", fullPage: true });

  await page.getByRole("searchbox", { name: a.list.search }).fill(TAG);
  await page.getByRole("button", { name: a.list.search, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`\\?q=${TAG}$`));
  await expect(page.getByTestId("article-count")).toHaveText(`${t("list.count", { count: COUNT })} · ${t("list.page", { page: 1, pages: 2 })}`);
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(26);

  // Title A→Z, then the second page.
  await page.getByRole("link", { name: a.list.columns.title }).click();
  await expect(page).toHaveURL(/sort=title/);
  await expect(page.getByRole("table").locator("tbody").getByRole("link").first()).toHaveText(`${TAG} artigo 00`);
  await page.getByRole("link", { name: a.list.next }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByRole("table").locator("tbody").getByRole("link")).toHaveText([25, 26, 27, 28, 29].map((n) => `${TAG} artigo ${n}`));

  // Searching the text, not only titles: a word only some bodies have.
  await page.getByRole("searchbox", { name: a.list.search }).fill(`${TAG} e a Xiaomi`);
  await page.getByRole("searchbox", { name: a.list.search }).press("Enter");
  await expect(page.getByTestId("article-count")).toContainText(t("list.count", { count: 10 }));
  await expect(page).not.toHaveURL(/page=2/);

  // A filter applies on change; Back returns to the unfiltered view, filter field included.
  await page.getByLabel(a.list.status).selectOption("approved");
  await expect(page).toHaveURL(/status=approved/);
  await expect(page.getByText(a.list.noMatch)).toBeVisible();
  await page.goBack();
  await expect(page).not.toHaveURL(/status=/);
  await expect(page.getByLabel(a.list.status)).toHaveValue("");
  await expect(page.getByTestId("article-count")).toContainText(t("list.count", { count: 10 }));

  // The view is a URL: opened afresh, it shows the same.
  const bookmark = page.url();
  const other = await as(browser, "viewer");
  await other.goto(bookmark);
  await expect(other.getByTestId("article-count")).toContainText(t("list.count", { count: 10 }));
  await expect(other.getByRole("searchbox", { name: a.list.search })).toHaveValue(`${TAG} e a Xiaomi`);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "/tmp/p6-list-390.png", fullPage: true });
  await other.context().close();
  await page.context().close();
});

test("statuses: a reviewer's edit puts a new article in review, approving and publishing are recorded with who and when", async ({ browser }) => {
  const page = await as(browser, "reviewer");
  const id = ids[1];
  await page.goto(`/articles/${id}/details`);
  await expect(page.getByTestId("article-status")).toHaveAttribute("data-status", "new");

  // Correcting the author is metadata: history, not review.
  await page.getByLabel(a.details.author).fill("Liu Yangnan");
  await page.getByLabel(a.details.targetLocale).selectOption("pt-BR");
  await page.getByRole("button", { name: a.details.save }).click();
  await expect(page.getByText(a.details.saved)).toBeVisible();
  const history = page.getByRole("list", { name: a.details.history });
  await expect(history).toContainText(t("details.event.metadata", { who: ACCOUNTS.reviewer.name, field: a.details.fields.author, from: a.details.empty, to: "Liu Yangnan" }));
  await expect(history).toContainText(t("details.event.metadata", { who: ACCOUNTS.reviewer.name, field: a.details.fields.locale, from: "pt-PT", to: "pt-BR" }));
  await expect(page.getByTestId("article-status")).toHaveAttribute("data-status", "new");

  // The title is the headline: editing it is a correction, and the article goes into review.
  const title = `${TAG} artigo 01 (título revisto)`;
  await page.getByLabel(a.details.titleField).fill(title);
  await page.getByRole("button", { name: a.details.save }).click();
  await expect(page.getByTestId("article-status")).toHaveAttribute("data-status", "in_review");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page).toHaveTitle(t("details.pageTitle", { title }) + " · Lapidar");
  await expect(history).toContainText(t("details.event.status", { who: ACCOUNTS.reviewer.name, from: a.status.new, to: a.status.in_review }));

  await page.getByRole("button", { name: a.details.approve }).click();
  await expect(page.getByTestId("article-status")).toHaveAttribute("data-status", "approved");
  await expect(history).toContainText(t("details.event.status", { who: ACCOUNTS.reviewer.name, from: a.status.in_review, to: a.status.approved }));

  // The clean export of an approved article publishes it (every paragraph must be approved for a clean export).
  await page.goto(`/articles/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await page.goto(`/articles/${id}/details`);
  await page.screenshot({ path: "/tmp/p6-details-1440.png", fullPage: true });
  await page.context().close();
});

test("archiving hides the article from the list, makes it read-only and keeps everything; restoring brings it back", async ({ browser }) => {
  const admin = await as(browser, "admin");
  const id = ids[2];
  await admin.goto(`/articles/${id}/details`);
  await admin.getByRole("button", { name: a.details.archive }).click();
  await expect(admin.getByRole("button", { name: a.details.restore })).toBeVisible();
  await expect(admin.getByRole("list", { name: a.details.history })).toContainText(t("details.event.archive", { who: ACCOUNTS.admin.name }));

  const reviewer = await as(browser, "reviewer");
  await reviewer.goto(`/?q=${TAG}+artigo+02`);
  await expect(reviewer.getByText(a.list.noMatch)).toBeVisible();
  await reviewer.getByLabel(a.list.archived).selectOption("only");
  await expect(reviewer.getByRole("table").locator("tbody").getByRole("link")).toHaveText([`${TAG} artigo 02`]);
  await expect(reviewer.getByRole("table")).toContainText(a.list.archivedBadge);

  await reviewer.goto(`/articles/${id}`);
  await expect(reviewer.getByRole("status").filter({ hasText: a.header.archivedNotice })).toBeVisible();
  await expect(reviewer.getByRole("button", { name: w.row.edit })).toHaveCount(0);
  await reviewer.goto(`/articles/${id}/details`);
  await expect(reviewer.getByRole("button", { name: a.details.save })).toHaveCount(0);
  await expect(reviewer.getByRole("button", { name: a.details.archive })).toHaveCount(0);
  // The server refuses a write even when asked directly.
  const current = await (await reviewer.request.get(`/api/paragraphs/${await firstParagraphId(reviewer, id)}`)).json();
  const refused = await reviewer.request.put(`/api/paragraphs/${current.id}`, { data: { baseVersion: current.version, text: "Não deve entrar." }, headers: { origin: new URL(reviewer.url()).origin } });
  expect(refused.ok()).toBe(false);

  await admin.getByRole("button", { name: a.details.restore }).click();
  await expect(admin.getByRole("button", { name: a.details.archive })).toBeVisible();
  await reviewer.goto(`/?q=${TAG}+artigo+02`);
  await expect(reviewer.getByRole("table").locator("tbody").getByRole("link")).toHaveText([`${TAG} artigo 02`]);
  await admin.context().close();
  await reviewer.context().close();
});

async function firstParagraphId(page: Page, articleId: number): Promise<number> {
  await page.goto(`/articles/${articleId}`);
  return Number((await page.content()).match(/data-paragraph-id="(\d+)"/)?.[1]);
}

test("an administrator assigns reviewers; “my articles” lists what waits for me and the list filters by assignee", async ({ browser }) => {
  const admin = await as(browser, "admin");
  const id = ids[3];
  await admin.goto(`/articles/${id}/details`);
  const form = admin.getByRole("form", { name: a.details.assignHeading });
  await form.getByLabel(ACCOUNTS.reviewer2.name).check();
  await form.getByRole("button", { name: a.details.assign }).click();
  await expect(admin.getByRole("list", { name: a.details.history })).toContainText(t("details.event.assign", { who: ACCOUNTS.admin.name, name: ACCOUNTS.reviewer2.name }));

  const rita = await as(browser, "reviewer2");
  await rita.goto("/");
  await rita.getByRole("link", { name: a.list.tabs.mine }).click();
  await expect(rita).toHaveURL(/assignee=me/);
  await expect(rita.getByText(a.list.mineHint)).toBeVisible();
  await expect(rita.getByRole("table").locator("tbody").getByRole("link")).toHaveText([`${TAG} artigo 03`]);
  await expect(rita.getByRole("table")).toContainText(ACCOUNTS.reviewer2.name);

  // A reviewer sees who is assigned but cannot change it.
  await rita.goto(`/articles/${id}/details`);
  await expect(rita.getByRole("form", { name: a.details.assignHeading })).toHaveCount(0);
  await expect(rita.getByText(ACCOUNTS.reviewer2.name).first()).toBeVisible();

  await admin.goto(`/?q=${TAG}`);
  await admin.getByLabel(a.list.assignee).selectOption({ label: ACCOUNTS.reviewer2.name });
  await expect(admin.getByRole("table").locator("tbody").getByRole("link")).toHaveText([`${TAG} artigo 03`]);
  await admin.context().close();
  await rita.context().close();
});

test("a viewer reads the details and history but changes nothing", async ({ browser }) => {
  const viewer = await as(browser, "viewer");
  await viewer.goto(`/articles/${ids[1]}/details`);
  await expect(viewer.getByText(a.details.readOnly)).toBeVisible();
  await expect(viewer.getByLabel(a.details.author)).toBeDisabled();
  await expect(viewer.getByRole("button", { name: a.details.approve })).toHaveCount(0);
  await expect(viewer.getByRole("button", { name: a.details.reopen })).toHaveCount(0);
  await expect(viewer.getByRole("list", { name: a.details.history })).toContainText("Liu Yangnan");
  await viewer.context().close();
});

test("importing the seed article twice warns that it is a duplicate, names the existing one, and imports on purpose", async ({ browser }) => {
  const page = await as(browser, "reviewer");
  const first = await importSeedArticle(page);
  await page.goto("/import");
  await importForm.file(page).setInputFiles(SEED_ARTICLE);
  await importForm.submit(page).click();
  const notice = page.getByRole("status").filter({ hasText: a.duplicate.heading });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(a.duplicate.sameText);
  await expect(page).toHaveURL(/\/import$/);
  const existing = notice.getByRole("link").first();
  await expect(existing).toHaveAttribute("href", /\/articles\/\d+$/);
  await page.screenshot({ path: "/tmp/p6-duplicate-1440.png" });
  await notice.getByRole("button", { name: a.duplicate.importAnyway }).click();
  await page.waitForURL(/\/articles\/\d+$/);
  expect(Number(page.url().split("/").pop())).toBeGreaterThan(first);
  await page.context().close();
});
