"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import { chooseOwnUiLocale } from "@/lib/actions/choose-own-ui-locale";
import { UI_LOCALE_NAMES, UI_LOCALES, type UiLocale } from "@/lib/i18n/config";

export function UiLocaleForm() {
  const t = useTranslations("account");
  const current = useLocale();
  const router = useRouter();
  const [chosen, setChosen] = useState<UiLocale>(current);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function save() {
    setError(null);
    startTransition(async () => {
      const result = await chooseOwnUiLocale({ locale: chosen });
      if (!result.ok) return setError(result.error);
      // The whole page, navigation included, is rendered again in the new language.
      router.refresh();
    });
  }

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
      className="space-y-4 rounded-lg border border-stone-200 bg-white p-5 shadow-sm"
    >
      <h2 className="font-medium">{t("language.heading")}</h2>
      {error ? <Alert>{error}</Alert> : null}
      <Field label={t("language.label")} hint={t("language.hint")}>
        <Select name="locale" value={chosen} onChange={(event) => setChosen(event.target.value as UiLocale)}>
          {UI_LOCALES.map((locale) => (
            <option key={locale} value={locale} lang={locale}>
              {UI_LOCALE_NAMES[locale]}
            </option>
          ))}
        </Select>
      </Field>
      <Button type="submit" disabled={pending || chosen === current}>
        {pending ? t("language.saving") : t("language.save")}
      </Button>
    </form>
  );
}
