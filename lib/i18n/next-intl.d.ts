import type { UiLocale } from "./config";

declare module "next-intl" {
  interface AppConfig {
    Locale: UiLocale;
  }
}
