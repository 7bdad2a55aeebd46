"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { detectLocale } from "@/lib/checks/detect-locale";
import type { Locale } from "@/lib/domain";

/** What the pasted text reads as, with the words that say so; a warning when the chosen target is the other variant. */
export function LocaleHint({ text, chosen }: { text: string; chosen: Locale | "detect" }) {
  const t = useTranslations("import.localeHint");
  const guess = useMemo(() => (text.trim() ? detectLocale([text]) : null), [text]);
  if (!guess) return null;
  if (!guess.locale) return <p className="text-xs text-stone-600">{t(chosen === "detect" ? "noVariantDetect" : "noVariant")}</p>;
  const words = guess.evidence.filter((e) => e.locale === guess.locale).slice(0, 4).map((e) => `«${e.form}»`).join(", ");
  const mismatch = chosen !== "detect" && chosen !== guess.locale;
  return (
    <p role={mismatch ? "alert" : "status"} className={mismatch ? "rounded border border-amber-300 bg-amber-50 px-2 py-1 text-xs text-amber-900" : "text-xs text-stone-600"}>
      {t("readsAs", { variant: t(`variants.${guess.locale}`), words })}
      {mismatch ? ` ${t("mismatch", { variant: t(`variants.${chosen}`) })}` : ""}
    </p>
  );
}
