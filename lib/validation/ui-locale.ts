import { z } from "zod";
import { UI_LOCALES } from "@/lib/i18n/config";

export const uiLocaleSchema = z.enum(UI_LOCALES, { message: "uiLocaleUnknown" });
export const chooseUiLocaleSchema = z.object({ locale: uiLocaleSchema });
