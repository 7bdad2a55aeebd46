"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { useSpellingWords } from "./spelling-words";

/** The review panel's list of words the spelling check accepts in this article only. */
export function IgnoredWordsPanel() {
  const { ignoredWords, canEdit, pending, stopIgnoring } = useSpellingWords();
  const t = useTranslations("workspace");
  const format = useFormatter();
  return (
    <section aria-labelledby="ignored-words" className="space-y-1.5">
      <h2 id="ignored-words" className="text-xs font-semibold uppercase tracking-wide text-stone-500">
        {t("ignored.title", { count: ignoredWords.length })}
      </h2>
      {ignoredWords.length === 0 ? <p className="text-xs text-stone-500">{t("ignored.none")}</p> : null}
      <ul className="space-y-1">
        {ignoredWords.map((w) => (
          <li key={w.id} aria-label={w.word} className="rounded border border-stone-200 px-2 py-1 text-xs">
            <div className="flex items-center justify-between gap-2">
              <span lang="pt" className="min-w-0 break-words font-medium text-ink">{w.word}</span>
              {canEdit ? (
                <Button size="sm" variant="ghost" className="h-6 shrink-0 px-1.5 text-xs" disabled={pending} onClick={() => stopIgnoring(w.id)}>
                  {t("ignored.stop")}
                </Button>
              ) : null}
            </div>
            <div className="text-stone-500">
              {w.user?.name ?? t("someone")} · {format.dateTime(new Date(w.createdAt), { dateStyle: "short" })}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
