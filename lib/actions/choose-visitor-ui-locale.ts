"use server";

import { rememberUiLocale } from "@/lib/i18n/ui-locale-cookie";
import { chooseUiLocaleSchema } from "@/lib/validation/ui-locale";
import { publicAction } from "./safe-action";

/** Before signing in there is no account to store the choice on, only the browser. */
export const chooseVisitorUiLocale = publicAction(chooseUiLocaleSchema, async ({ locale }) => {
  await rememberUiLocale(locale);
  return { locale };
});
