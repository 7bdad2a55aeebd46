"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { AlignmentOrigin } from "@/lib/data/source-texts";

/** Who aligned it and when, in one line: "automatic, 2 Dec 2026" or "fixed by hand by Ana, …". */
export function AlignmentLine({ alignment }: { alignment: { version: number; origin: AlignmentOrigin; createdBy: string | null; createdAt: Date } }) {
  const t = useTranslations("bilingual.alignment");
  const format = useFormatter();
  const when = format.dateTime(new Date(alignment.createdAt), { dateStyle: "medium", timeStyle: "short" });
  return <>{t(`origin.${alignment.origin}`, { version: alignment.version, name: alignment.createdBy ?? t("someone"), when })}</>;
}

/** The script an original is in, as its BCP 47 tag says. */
export function useLanguageName(): (language: string) => string {
  const t = useTranslations("bilingual.language");
  return (language) => (language === "zh-Hant" ? t("traditional") : t("simplified"));
}
