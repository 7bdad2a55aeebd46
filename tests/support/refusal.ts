import { DEFAULT_UI_LOCALE } from "@/lib/i18n/config";
import { refusalText } from "@/lib/i18n/refusal-wording";

/** A refusal as an action answers it outside a request: in the default interface language. */
export const refusal = (key: string, values?: Record<string, string | number>) => refusalText(DEFAULT_UI_LOCALE, { key, values });
