import { expect, test, type Locator, type Page } from "@playwright/test";
import { storageState } from "./support/accounts";
import { importSeedArticle } from "./support/articles";

test.describe.configure({ mode: "serial" });
test.use({ storageState: storageState("admin") });

async function shoot(page: Page, name: string) {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: false });
}

/** The buttons of one cell: none overlaps another, and none is narrower than its own label. */
async function expectApart(buttons: Locator) {
  const boxes = await buttons.evaluateAll((elements) =>
    elements.map((e) => {
      const r = e.getBoundingClientRect();
      return { label: e.textContent ?? "", left: r.left, right: r.right, top: r.top, bottom: r.bottom, clipped: e.scrollWidth > e.clientWidth + 1 };
    }),
  );
  expect(boxes.length).toBeGreaterThan(1);
  for (const [i, a] of boxes.entries()) {
    expect(a.clipped, `"${a.label}" is cut off`).toBe(false);
    for (const b of boxes.slice(i + 1)) {
      const overlap = a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
      expect(overlap, `"${a.label}" overlaps "${b.label}"`).toBe(false);
    }
  }
}

for (const viewport of [{ width: 1440, height: 900 }, { width: 390, height: 844 }]) {
  test(`glossary action buttons stay apart at ${viewport.width} px`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto("/glossary");
    const rows = page.locator("tbody tr[aria-label]");
    await expect(rows.first()).toBeVisible();
    const count = Math.min(await rows.count(), 8);
    for (let i = 0; i < count; i++) await expectApart(rows.nth(i).locator("td").last().getByRole("button"));
    await shoot(page, `glossary-${viewport.width}`);
  });
}

test("Chinese characters are drawn with a CJK font, not as empty boxes", async ({ page }) => {
  await importSeedArticle(page, "Artigo com 中文");
  const chinese = page.getByText("简体中文").first();
  await chinese.scrollIntoViewIfNeeded();
  // Chromium names the platform fonts it actually drew a node's glyphs with.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("DOM.enable");
  await cdp.send("CSS.enable");
  const { root } = await cdp.send("DOM.getDocument", { depth: -1 });
  const marker = await chinese.evaluate((e) => {
    e.setAttribute("data-cjk-probe", "");
    return true;
  });
  expect(marker).toBe(true);
  const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector: "[data-cjk-probe]" });
  const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
  const drawnWith = fonts.filter((f) => f.glyphCount > 0).map((f) => f.familyName);
  expect(drawnWith.some((name) => /CJK|Han|PingFang|YaHei|WenQuanYi|SC$/.test(name)), `drawn with ${drawnWith.join(", ")}`).toBe(true);
  await chinese.screenshot({ path: test.info().outputPath("cjk-paragraph.png") });
  await shoot(page, "article-with-chinese");
});
