import { expect, test, type Page } from "@playwright/test";
import { storageState } from "./support/accounts";
import { allParagraphsShown, importSeedArticle } from "./support/articles";
import { msg } from "./support/messages";

const w = msg("workspace");

test.describe.configure({ mode: "serial" });
test.use({ storageState: storageState("reviewer"), viewport: { width: 390, height: 844 } });

let articleId: number;

test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageState("reviewer") });
  articleId = await importSeedArticle(await context.newPage(), "Artigo no telemóvel");
  await context.close();
});

/** Nothing runs off the side of the phone: the page itself never scrolls sideways. */
async function expectNoSidewaysScroll(page: Page) {
  const { overflow, widest } = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    // The outermost elements that reach past the screen's edge unclipped, to name in the failure.
    const clipped = (e: HTMLElement) => {
      for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) if (getComputedStyle(a).overflowX !== "visible") return true;
      return false;
    };
    const past = [...document.body.querySelectorAll<HTMLElement>("*")].filter((e) => e.getBoundingClientRect().right > width + 1 && !clipped(e));
    const outermost = past.filter((e) => !past.includes(e.parentElement!));
    return {
      overflow: document.documentElement.scrollWidth - width,
      widest: outermost.slice(0, 5).map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join(".")} (${Math.round(e.getBoundingClientRect().right)} px)`),
    };
  });
  expect(overflow, `wider than the screen: ${widest.join(", ")}`).toBeLessThanOrEqual(0);
}

async function shoot(page: Page, name: string) {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: false });
}

test("on a phone the review panel opens as a drawer instead of sitting under the paragraphs", async ({ page }) => {
  await page.goto(`/articles/${articleId}`);
  await allParagraphsShown(page);
  await expect(page.getByRole("complementary", { name: w.sidebar.label })).toBeHidden();
  await expectNoSidewaysScroll(page);
  await shoot(page, "article-phone");

  await page.getByRole("button", { name: new RegExp(`^${w.drawer.open}`) }).click();
  const drawer = page.getByRole("dialog", { name: w.drawer.title });
  await expect(drawer).toBeVisible();
  await expect(drawer.getByTestId("open-flags")).toBeVisible();
  const box = (await drawer.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  expect(box.width).toBeLessThan(390);
  await shoot(page, "article-phone-drawer");

  // A filter chosen in the drawer applies to the list behind it.
  await drawer.getByLabel(w.sidebar.onlyFlagged).check();
  await drawer.getByRole("button", { name: w.drawer.close }).click();
  await expect(drawer).toBeHidden();
  await expect(page.getByRole("article").first()).toBeVisible();
});

test("on a phone the flag popover and the keyboard list fit the screen", async ({ page }) => {
  await page.goto(`/articles/${articleId}`);
  await allParagraphsShown(page);
  await page.locator("mark").first().click();
  const popover = page.getByRole("dialog", { name: w.row.flagDetails });
  await expect(popover).toBeVisible();
  const box = (await popover.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  await shoot(page, "article-phone-flag");
  await expectNoSidewaysScroll(page);
});

test("at 1440 px the review panel is the column beside the paragraphs", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`/articles/${articleId}`);
  await allParagraphsShown(page);
  await expect(page.getByRole("complementary", { name: w.sidebar.label })).toBeVisible();
  await expect(page.getByRole("button", { name: new RegExp(`^${w.drawer.open}`) })).toBeHidden();
  await shoot(page, "article-desktop");
});

for (const path of ["/", "/glossary", "/dictionary"]) {
  test(`on a phone the tables of ${path} scroll within their box`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole("table").first()).toBeVisible();
    await shoot(page, `phone${path === "/" ? "-home" : path.replace(/\//g, "-")}`);
    await expectNoSidewaysScroll(page);
  });
}

test("on a phone the Users table scrolls within its box", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageState("admin"), viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto("/users");
  const table = page.getByRole("table");
  await expect(table).toBeVisible();
  await page.screenshot({ path: "/tmp/p6-users-390.png" });
  await expectNoSidewaysScroll(page);
  // The table is wider than the phone: its own box scrolls, and shows the last column when scrolled.
  const box = table.locator("xpath=..");
  expect(await box.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(true);
  await context.close();
});
