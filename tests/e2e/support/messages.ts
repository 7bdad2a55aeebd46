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

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A message as a pattern, for text whose values a spec does not all know: the placeholders given are filled
 * in, the others (plurals too) match anything. `like("workspace")("history.title")` matches "Histórico do parágrafo 3".
 */
export function like(namespace: string, locale: UiLocale = DEFAULT_UI_LOCALE) {
  return (key: string, values: Record<string, string | number> = {}): RegExp => {
    const raw = key.split(".").reduce((node: Loose, part) => node?.[part], msg(namespace, locale));
    if (typeof raw !== "string") throw new Error(`No message "${namespace}.${key}"`);
    let pattern = "";
    for (let i = 0; i < raw.length; i++) {
      if (raw[i] !== "{") {
        pattern += escape(raw[i]);
        continue;
      }
      let depth = 0;
      const start = i;
      for (; i < raw.length; i++) {
        if (raw[i] === "{") depth++;
        else if (raw[i] === "}" && --depth === 0) break;
      }
      const name = raw.slice(start + 1, i).split(",")[0].trim();
      pattern += name in values ? escape(String(values[name])) : ".*";
    }
    return new RegExp(pattern);
  };
}
