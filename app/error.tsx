"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/** Shown instead of a page that failed on the server: nothing was changed by the failure itself. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("common.error");
  return (
    <div className="mx-auto mt-12 max-w-lg space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-6" role="alert">
      <h1 className="font-serif text-xl font-semibold">{t("heading")}</h1>
      <p className="text-sm text-stone-800">
        {t("body")}
        {error.digest ? ` ${t("digest", { digest: error.digest })}` : ""}
      </p>
      <Button onClick={reset}>{t("retry")}</Button>
    </div>
  );
}
