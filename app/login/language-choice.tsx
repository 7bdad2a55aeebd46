"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useTransition } from "react";
import { chooseVisitorUiLocale } from "@/lib/actions/choose-visitor-ui-locale";
import { UI_LOCALE_NAMES, UI_LOCALES } from "@/lib/i18n/config";
import { cn } from "@/lib/cn";

/** Before signing in: the language of this browser; after, the account's own choice takes over. */
export function LanguageChoice() {
  const t = useTranslations("login");
  const current = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <nav aria-label={t("languageLabel")} className="mt-6 flex flex-wrap justify-center gap-x-4 gap-y-1 text-sm">
      {UI_LOCALES.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          aria-current={locale === current ? "true" : undefined}
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              const result = await chooseVisitorUiLocale({ locale });
              if (result.ok) router.refresh();
            })
          }
          className={cn("text-stone-600 underline-offset-2 hover:text-ink hover:underline", locale === current && "font-semibold text-ink")}
        >
          {UI_LOCALE_NAMES[locale]}
        </button>
      ))}
    </nav>
  );
}
