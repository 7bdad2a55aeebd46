"use client";

import { useTranslations } from "next-intl";
import { flagMessageKey, type FlagMessageParts } from "@/lib/i18n/flag-message";

/**
 * A flag's message in the interface language. A check added without its catalogue entry (the catalogue test
 * says so) still shows the check's own European Portuguese text rather than a raw key.
 */
export function useFlagMessage(): (flag: FlagMessageParts) => string {
  const t = useTranslations("checks");
  return (flag) => {
    const key = flagMessageKey(flag);
    return t.has(key) ? t(key, flag.args) : flag.message;
  };
}
