import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { chromium } from "@playwright/test";
import { getArticleTexts } from "@/lib/data/articles";
import { splitPlainText } from "@/lib/import/split-text";
import { readDemoArticle } from "@/lib/demo";
import { importArticle } from "@/lib/services/import-article";
import { startAppServer } from "../load/app-server";
import { createLoadDatabase } from "../load/load-database";
import { summariseLatencies, type LatencySummary } from "../load/percentiles";
import { prepareInstallation } from "../load/prepare-installation";
import { mintSessionCookie, SESSION_COOKIE } from "../load/session-cookie";

export const LARGE_PARAGRAPHS = 2000;

export interface PageAndSave {
  /** Browser: navigation until the first paragraph and the flag summary are visible, per load. */
  largePageMs: number[];
  /** Server: the article page's HTML, complete, per load. */
  largeHtmlMs: number[];
  renderedParagraphs: number;
  /** The save action, answered with the whole article re-checked. */
  saveDemo: LatencySummary;
  saveLarge: LatencySummary;
}

function actionId(root: string, exportedName: string): string {
  const manifest = JSON.parse(readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName: string }>;
  };
  const id = Object.keys(manifest.node).find((key) => manifest.node[key].exportedName === exportedName);
  if (!id) throw new Error(`No server action ${exportedName} in the build.`);
  return id;
}

/** The demo article's body paragraphs repeated to 2,000 paragraphs (about 70,000 words). */
function largeArticle(): string {
  const body = splitPlainText(readDemoArticle()).paragraphs.filter((p) => p.kind === "body").map((p) => p.text);
  return ["Artigo longo para medir", ...Array.from({ length: LARGE_PARAGRAPHS - 1 }, (_, i) => body[i % body.length])].join("\n\n");
}

export async function measurePageAndSave(root: string, runs = 20): Promise<PageAndSave> {
  const database = await createLoadDatabase(null);
  try {
    const setup = await database.open();
    const { reviewers, articles } = await prepareInstallation(setup.db, { reviewers: 1, articles: 1 });
    const large = await importArticle(setup.db, { input: { kind: "text", text: largeArticle() }, options: {}, locale: "pt-PT", userId: reviewers[0].id });
    if (!large.ok) throw new Error(large.error.message);
    const largeIds = (await getArticleTexts(setup.db, large.id))!.paragraphs.filter((p) => p.kind === "body").map((p) => p.id);
    await setup.close();

    const secret = randomBytes(24).toString("base64url");
    const server = await startAppServer({ root, dataDir: database.dataDir, secret, logFile: path.join(database.dataDir, "server.log") });
    const cookie = await mintSessionCookie(reviewers[0], secret);
    try {
      const largeHtmlMs: number[] = [];
      for (let run = 0; run < 4; run++) {
        const started = performance.now();
        await (await fetch(`${server.baseUrl}/articles/${large.id}`, { headers: { Cookie: cookie } })).text();
        if (run > 0) largeHtmlMs.push(Math.round(performance.now() - started));
      }

      const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
      const context = await browser.newContext();
      await context.addCookies([{ name: SESSION_COOKIE, value: cookie.split("=")[1], url: server.baseUrl }]);
      const page = await context.newPage();
      const largePageMs: number[] = [];
      for (let run = 0; run < 3; run++) {
        const started = performance.now();
        await page.goto(`${server.baseUrl}/articles/${large.id}`);
        await page.getByRole("article", { name: "Paragraph 1", exact: true }).waitFor();
        await page.getByTestId("open-flags").waitFor();
        largePageMs.push(Math.round(performance.now() - started));
      }
      const renderedParagraphs = await page.getByRole("article").count();
      await browser.close();

      const save = actionId(root, "saveParagraph");
      const timeSaves = async (articleId: number, paragraphIds: number[]) => {
        const samples: number[] = [];
        for (let run = 0; run < runs; run++) {
          const paragraphId = paragraphIds[run % paragraphIds.length];
          const current = (await (await fetch(`${server.baseUrl}/api/paragraphs/${paragraphId}`, { headers: { Cookie: cookie } })).json()) as {
            version: number;
            currentText: string;
          };
          const started = performance.now();
          const response = await fetch(`${server.baseUrl}/articles/${articleId}`, {
            method: "POST",
            headers: { Cookie: cookie, Origin: server.baseUrl, "Next-Action": save, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
            body: JSON.stringify([{ paragraphId, baseVersion: current.version, text: `${current.currentText.replace(/ \(v\d+\)$/, "")} (v${run})` }]),
          });
          const body = await response.text();
          if (!body.includes('"ok":true')) throw new Error(`The save action failed: ${body.slice(0, 200)}`);
          samples.push(performance.now() - started);
        }
        return summariseLatencies(samples.slice(2));
      };
      return {
        largePageMs,
        largeHtmlMs,
        renderedParagraphs,
        saveDemo: await timeSaves(articles[0].id, articles[0].paragraphIds),
        saveLarge: await timeSaves(large.id, largeIds.slice(0, 50)),
      };
    } finally {
      await server.stop("SIGTERM");
    }
  } finally {
    await database.remove();
  }
}
