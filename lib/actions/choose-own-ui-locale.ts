"use server";

import { getDb } from "@/lib/data/db";
import { setUserUiLocale } from "@/lib/data/user-ui-locale";
import { rememberUiLocale } from "@/lib/i18n/ui-locale-cookie";
import { chooseUiLocaleSchema } from "@/lib/validation/ui-locale";
import { userAction } from "./safe-action";

/** Stored on the account, so it follows the user to every browser; the cookie keeps the sign-in page in step. */
export const chooseOwnUiLocale = userAction("viewer", chooseUiLocaleSchema, async ({ locale }, user) => {
  await setUserUiLocale(await getDb(), { userId: user.id, locale });
  await rememberUiLocale(locale);
  return { locale };
});
