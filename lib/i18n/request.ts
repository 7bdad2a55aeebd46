import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { chooseUiLocale } from "./choose-locale";
import { UI_LOCALE_COOKIE } from "./config";
import { loadMessages } from "./load-messages";
import { currentUserUiLocale } from "./user-locale";

// Dates are shown in the server's time zone: one newsroom, one clock.
const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

export default getRequestConfig(async () => {
  const [cookieStore, headerList, userLocale] = await Promise.all([cookies(), headers(), currentUserUiLocale()]);
  const locale = chooseUiLocale({
    userLocale,
    cookie: cookieStore.get(UI_LOCALE_COOKIE)?.value,
    acceptLanguage: headerList.get("accept-language"),
  });
  return { locale, messages: loadMessages(locale), timeZone };
});
