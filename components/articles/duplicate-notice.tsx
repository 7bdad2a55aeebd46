"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { DuplicateArticle } from "@/lib/data/article-duplicates";

/** The article is already there: name it with a link, and let the user import a copy on purpose. */
export function DuplicateNotice({ duplicates, busy, onImportAnyway, onCancel }: { duplicates: DuplicateArticle[]; busy: boolean; onImportAnyway: () => void; onCancel: () => void }) {
  const t = useTranslations("articles.duplicate");
  return (
    <Alert tone="warning" className="space-y-2">
      <p className="font-medium">{t("heading")}</p>
      <ul className="list-disc space-y-1 pl-5">
        {duplicates.map((d) => (
          <li key={d.id}>
            <Link href={`/articles/${d.id}`} className="underline">{d.title}</Link>{" "}
            <span className="text-xs">
              ({[d.sameText ? t("sameText") : null, d.sameSourceUrl ? t("sameSourceUrl") : null, d.archived ? t("archived") : null].filter(Boolean).join(" · ")})
            </span>
          </li>
        ))}
      </ul>
      <p>{t("explain")}</p>
      <div className="flex gap-2">
        <Button type="button" size="sm" disabled={busy} onClick={onImportAnyway}>{t("importAnyway")}</Button>
        <Button type="button" size="sm" variant="secondary" disabled={busy} onClick={onCancel}>{t("cancel")}</Button>
      </div>
    </Alert>
  );
}
