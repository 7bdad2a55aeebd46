import { expect, test } from "@playwright/test";
import { splitPlainText } from "@/lib/import/split-text";
import { storageState } from "./support/accounts";
import { readSeedArticle } from "./support/fixtures";
import { tr } from "./support/messages";

const tw = tr("workspace");

test.use({ storageState: storageState("reviewer") });

const PARAGRAPHS = 2000;

/** A benchmark, not a timing assertion: it prints how long a 2,000-paragraph article takes to open. */
test("an article of 2,000 paragraphs opens, is windowed and scrolls to its end", async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  const body = splitPlainText(readSeedArticle()).paragraphs.filter((p) => p.kind === "body").map((p) => p.text);
  const text = ["Artigo longo para medir", ...Array.from({ length: PARAGRAPHS - 1 }, (_, i) => body[i % body.length])].join("\n\n");

  await page.goto("/");
  const imported = await page.request.post("/api/import", {
    multipart: { locale: "pt-PT", title: "Artigo longo (2000 parágrafos)", text },
    headers: { origin: new URL(page.url()).origin },
    timeout: 120_000,
  });
  const events = (await imported.text()).trim().split("\n").map((line) => JSON.parse(line));
  const done = events.find((e) => e.type === "done");
  expect(done, JSON.stringify(events.at(-1))).toBeTruthy();

  const timings: number[] = [];
  for (let run = 0; run < 3; run++) {
    const started = Date.now();
    await page.goto(`/articles/${done.id}`);
    await expect(page.getByRole("article", { name: tw("row.label", { number: 1 }), exact: true })).toBeVisible();
    await expect(page.getByTestId("open-flags")).toBeVisible();
    timings.push(Date.now() - started);
  }
  await expect(page.getByTestId("paragraph-count")).toHaveText(String(PARAGRAPHS));
  const rendered = await page.getByRole("article").count();
  expect(rendered).toBeLessThan(100);

  const scrollStarted = Date.now();
  for (let i = 0; i < 40; i++) {
    await page.mouse.wheel(0, 4000);
    await page.waitForTimeout(16);
  }
  // Rows are measured as they appear, so the page grows while it scrolls: keep going to the end, as a reader would.
  const last = page.getByRole("article", { name: tw("row.label", { number: PARAGRAPHS }), exact: true });
  await expect(async () => {
    await page.keyboard.press("End");
    await expect(last).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 20_000 });
  const scrollMs = Date.now() - scrollStarted;

  const line = `2,000-paragraph article: opened in ${timings.join(" / ")} ms (3 loads), ${rendered} paragraphs in the DOM, scrolled to the end in ${scrollMs} ms`;
  console.log(line);
  testInfo.annotations.push({ type: "benchmark", description: line });
});
