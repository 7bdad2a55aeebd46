import { createTranslator } from "next-intl";
import { DEFAULT_UI_LOCALE, type UiLocale } from "@/lib/i18n/config";
import { readCatalogue } from "@/lib/i18n/load-messages";

// Loosely typed on purpose: specs reach into a namespace the way the catalogue file reads.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

/** The catalogue of one namespace in the default interface language, as the pages show it. */
export function msg(namespace: string, locale: UiLocale = DEFAULT_UI_LOCALE): Loose {
  const catalogue = readCatalogue(locale)[namespace];
  if (!catalogue) throw new Error(`No namespace "${namespace}" in messages/${locale}/`);
  return catalogue;
}

/** For messages with placeholders or plurals: `tr("articles")("count", { count: 3 })`. */
export function tr(namespace: string, locale: UiLocale = DEFAULT_UI_LOCALE) {
  const translate = createTranslator({ locale, messages: readCatalogue(locale), namespace });
  return (key: string, values?: Record<string, string | number | Date>) => (translate as (k: string, v?: typeof values) => string)(key, values);
}
