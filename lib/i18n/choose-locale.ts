import Negotiator from "negotiator";
import { DEFAULT_UI_LOCALE, isUiLocale, type UiLocale } from "./config";

export interface LocaleSources {
  /** What the signed-in user chose on their account page. */
  userLocale?: string | null;
  /** The sign-in page's choice, for visitors without a session. */
  cookie?: string | null;
  acceptLanguage?: string | null;
}

/** The user's own choice first, then the cookie, then the browser's languages, then European Portuguese. */
export function chooseUiLocale({ userLocale, cookie, acceptLanguage }: LocaleSources): UiLocale {
  if (isUiLocale(userLocale)) return userLocale;
  if (isUiLocale(cookie)) return cookie;
  if (acceptLanguage) {
    for (const tag of new Negotiator({ headers: { "accept-language": acceptLanguage } }).languages()) {
      const match = matchTag(tag);
      if (match) return match;
    }
  }
  return DEFAULT_UI_LOCALE;
}

// Only Brazil writes Brazilian Portuguese: Portugal, Angola, Mozambique and the rest follow the European
// norm, and a bare "pt" is taken as the newsroom's default rather than CLDR's Brazilian reading.
function matchTag(tag: string): UiLocale | null {
  const [language, region] = tag.toLowerCase().split("-");
  if (language === "pt") return region === "br" ? "pt-BR" : "pt-PT";
  if (language === "en") return "en";
  return null;
}
