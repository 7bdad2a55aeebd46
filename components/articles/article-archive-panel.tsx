"use client";

import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { archiveArticle } from "@/lib/actions/archive-article";
import { useArticleAction } from "./use-article-action";

export function ArticleArchivePanel({ articleId, archived }: { articleId: number; archived: boolean }) {
  const t = useTranslations("articles.details");
  const { run, pending } = useArticleAction();
  const change = (next: boolean) => run(() => archiveArticle({ articleId, archived: next }), () => toast.success(next ? t("archivedDone") : t("restoredDone")));
  return (
    <div className="space-y-2">
      <p className="text-xs text-stone-500">{t("archiveHint")}</p>
      {archived ? (
        <Button onClick={() => change(false)} disabled={pending}>{t("restore")}</Button>
      ) : (
        <Button variant="danger" onClick={() => change(true)} disabled={pending}>{t("archive")}</Button>
      )}
    </div>
  );
}
