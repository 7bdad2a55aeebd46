import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * The demo article the first-run demo loads: written by the team, fictional, and deliberately full
 * of the garbles Lapidar finds (pinyin and literal company names, calques, English left in, broken
 * punctuation, a two-currency amount) plus a short site footer for the importer to mark.
 */
export const DEMO_ARTICLE_TITLE = "Start-up de robótica de Hangzhou conclui nova ronda de financiamento e aposta em robôs para armazéns";

export const DEMO_ARTICLE_LOCALE = "pt-PT" as const;

/** `new URL(…, import.meta.url)` is resolved as an asset by bundlers and as a file by tsx and Node. */
export const DEMO_ARTICLE_PATH = fileURLToPath(new URL("./demo-article.txt", import.meta.url));

export function readDemoArticle(): string {
  return readFileSync(DEMO_ARTICLE_PATH, "utf8");
}
