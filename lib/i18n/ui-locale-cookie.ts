import { cookies } from "next/headers";
import { UI_LOCALE_COOKIE, type UiLocale } from "./config";

/** Remembered in the browser for a year, so the sign-in page speaks the same language after signing out. */
export async function rememberUiLocale(locale: UiLocale): Promise<void> {
  (await cookies()).set(UI_LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax", httpOnly: true });
}
