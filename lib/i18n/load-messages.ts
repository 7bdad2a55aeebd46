import fs from "node:fs";
import path from "node:path";
import type { UiLocale } from "./config";

export type Catalogue = { [key: string]: string | Catalogue };

export const MESSAGES_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), "messages");

/** Every namespace of a locale: each `messages/<locale>/<namespace>.json` file, found rather than listed. */
export function readCatalogue(locale: UiLocale, dir: string = MESSAGES_DIR): Record<string, Catalogue> {
  const localeDir = path.join(dir, locale);
  const messages: Record<string, Catalogue> = {};
  for (const file of fs.readdirSync(localeDir).filter((name) => name.endsWith(".json")).sort()) {
    const text = fs.readFileSync(path.join(localeDir, file), "utf8");
    try {
      messages[file.slice(0, -".json".length)] = JSON.parse(text) as Catalogue;
    } catch (error) {
      throw new Error(`messages/${locale}/${file} is not valid JSON: ${(error as Error).message}`);
    }
  }
  return messages;
}

const cache = new Map<UiLocale, Record<string, Catalogue>>();

/** Read once per process in production; in development every request sees the files as they are now. */
export function loadMessages(locale: UiLocale): Record<string, Catalogue> {
  if (process.env.NODE_ENV === "development") return readCatalogue(locale);
  let messages = cache.get(locale);
  if (!messages) cache.set(locale, (messages = readCatalogue(locale)));
  return messages;
}
