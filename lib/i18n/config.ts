/** The interface languages. European Portuguese is the newsroom's own; the others are chosen per user. */
export const UI_LOCALES = ["pt-PT", "pt-BR", "en"] as const;
export type UiLocale = (typeof UI_LOCALES)[number];
export const DEFAULT_UI_LOCALE: UiLocale = "pt-PT";

/** Set on the sign-in page (and kept after sign-in) so that a visitor without an account has a choice too. */
export const UI_LOCALE_COOKIE = "lapidar-ui-locale";

export function isUiLocale(value: unknown): value is UiLocale {
  return typeof value === "string" && (UI_LOCALES as readonly string[]).includes(value);
}

/** Each language named in itself, as language pickers do, so that anyone finds their own. */
export const UI_LOCALE_NAMES: Record<UiLocale, string> = {
  "pt-PT": "Português (Portugal)",
  "pt-BR": "Português (Brasil)",
  en: "English",
};
