import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { DEFAULT_UI_LOCALE, isUiLocale, type UiLocale } from "./config";

/** The request's interface language; the default outside a request (a script, a test). */
export async function requestUiLocale(): Promise<UiLocale> {
  try {
    // Outside a request this throws at once, before anything looks for a session or a database.
    await headers();
    const locale = await getLocale();
    return isUiLocale(locale) ? locale : DEFAULT_UI_LOCALE;
  } catch {
    return DEFAULT_UI_LOCALE;
  }
}
