import { createTranslator } from "next-intl";
import type { UiLocale } from "./config";
import { loadMessages } from "./load-messages";

/** A namespace's messages, looked up by a key the caller builds at run time (hence untyped). */
export interface CatalogueTranslator {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
}

/** For text the server words outside a page render (refusals, import messages, the report file). */
export function catalogueTranslator(locale: UiLocale, namespace: string): CatalogueTranslator {
  return createTranslator({ locale, messages: loadMessages(locale), namespace: namespace as never }) as unknown as CatalogueTranslator;
}
