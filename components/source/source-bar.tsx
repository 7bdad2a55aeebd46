"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import type { WorkspaceSource } from "@/lib/services/source-workspace";
import { AlignmentLine, useLanguageName } from "./source-summary";

/** Above the workspace: whether the article has its original, and the way to give it or to fix its alignment. */
export function SourceBar({ articleId, source, canGive }: { articleId: number; source: WorkspaceSource | null; canGive: boolean }) {
  const t = useTranslations("bilingual.bar");
  const languageName = useLanguageName();
  const link = "font-medium text-accent underline-offset-2 hover:underline";
  return (
    <div data-testid="source-bar" className="mb-3 flex flex-wrap items-baseline gap-x-3 gap-y-1 rounded-lg border border-sky-200 bg-sky-50/70 px-3 py-2 text-sm text-stone-700">
      {source ? (
        <>
          <span>
            <strong className="font-semibold">{t("has", { version: source.version, language: languageName(source.language) })}</strong> · <AlignmentLine alignment={source.alignment} />
          </span>
          {source.untranslated > 0 ? <span className="text-amber-800">{t("untranslated", { count: source.untranslated })}</span> : null}
          <Link href={`/articles/${articleId}/alignment`} className={link}>
            {canGive ? t("fixAlignment") : t("seeAlignment")}
          </Link>
          {canGive ? (
            <Link href={`/articles/${articleId}/source`} className={link}>
              {t("replace")}
            </Link>
          ) : null}
        </>
      ) : (
        <>
          <span>{t("none")}</span>
          {canGive ? (
            <Link href={`/articles/${articleId}/source`} className={link}>
              {t("give")}
            </Link>
          ) : null}
        </>
      )}
    </div>
  );
}
