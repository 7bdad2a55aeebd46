import type { UiLocale } from "@/lib/i18n/config";
import { catalogueTranslator, type CatalogueTranslator as Translate } from "@/lib/i18n/catalogue-translator";
import { sizeIn } from "@/lib/format";

/**
 * What an import says (a refusal or a warning) as a key of the `import.server` catalogue and its values, so
 * that the import page words it in the reader's language and the command line in English. Values with a
 * meaning of their own are worded here: `file` names the source, `audience` picks the advice about limits,
 * `what` the kind of document, and a value ending in `Bytes` is a size.
 */
export interface ImportWording {
  key: string;
  values?: Record<string, string | number | null>;
}


function sizeOf(t: Translate, locale: UiLocale, bytes: number): string {
  const { unit, value } = sizeIn(bytes);
  return t(`bytes.${unit}`, { value: unit === "bytes" ? value : new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value) });
}

/** A size ("5 MB", "5 MB" with the locale's digits), for the other uploads' limits (glossary files, backups). */
export function sizeText(locale: UiLocale, bytes: number): string {
  return sizeOf(catalogueTranslator(locale, "import"), locale, bytes);
}

export function importText(locale: UiLocale, wording: ImportWording): string {
  const t = catalogueTranslator(locale, "import");
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(wording.values ?? {})) {
    if (name === "file") values.source = t("server.source", { kind: value === null ? "pasted" : "file", file: value ?? "" });
    else if (name === "audience") values.advice = t(`form.advice.${value}`);
    else if (name === "what") values.what = t(`server.kinds.${value}`);
    else if (name.endsWith("Bytes") && typeof value === "number") values[name] = sizeOf(t, locale, value);
    else if (value !== null) values[name] = value;
  }
  return t(`server.${wording.key}`, values);
}

/** The English wording, for the command line and the logs. */
export const englishImportText = (wording: ImportWording) => importText("en", wording);

/**
 * A refusal of the source and XLIFF routes by its code, from `bilingual.refusal` as the page words it: in the
 * request's language on the server, in English on the command line. A code the catalogue lacks is named.
 */
export function sourceRefusalText(locale: UiLocale, code: string): string {
  const t = catalogueTranslator(locale, "bilingual.refusal");
  return t.has(code) ? t(code) : t("other", { detail: code });
}
