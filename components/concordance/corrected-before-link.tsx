"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";

/** From a flag to the concordance: the flagged words in the other articles, and what reviewers made of them. */
export function CorrectedBeforeLink({ phrase, articleId }: { phrase: string; articleId: number }) {
  const t = useTranslations("concordance");
  const params = new URLSearchParams({ q: phrase.slice(0, 200), scope: "machine", exclude: String(articleId) });
  return (
    <Link href={`/concordance?${params}`} target="_blank" className="inline-block text-xs text-accent underline underline-offset-2" title={t("correctedBeforeHint")}>
      {t("correctedBefore")}
    </Link>
  );
}
