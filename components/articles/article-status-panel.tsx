"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { decideArticleStatus } from "@/lib/actions/decide-article-status";
import type { ArticleStatus } from "@/lib/domain/article-status";
import { useArticleAction } from "./use-article-action";

const PUBLISH_FORMATS = ["docx", "html", "md", "txt"] as const;

/** The file name the server chose (Content-Disposition), so the download is named as the plain export names it. */
function fileNameOf(response: Response, fallback: string): string {
  const header = response.headers.get("content-disposition") ?? "";
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1];
  if (encoded) return decodeURIComponent(encoded);
  return /filename="([^"]+)"/i.exec(header)?.[1] ?? fallback;
}

export function ArticleStatusPanel({ articleId, status, canChange }: { articleId: number; status: ArticleStatus; canChange: boolean }) {
  const t = useTranslations("articles");
  const { run, pending, explain, refresh } = useArticleAction();
  const [format, setFormat] = useState<(typeof PUBLISH_FORMATS)[number]>("docx");
  const [publishing, setPublishing] = useState(false);
  const decide = (decision: "approve" | "reopen") =>
    run(() => decideArticleStatus({ articleId, decision }), (next) => toast.success(t("details.statusChanged", { status: t(`status.${next}`) })));

  async function publish() {
    setPublishing(true);
    try {
      const response = await fetch(`/api/articles/${articleId}/publish?format=${format}`, { method: "POST" });
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as { error?: string; reason?: string };
        toast.error(body.error === "export_refused" ? t("errors.export_refused", { reason: body.reason ?? "" }) : explain(body.error ?? String(response.status)));
        return;
      }
      const url = URL.createObjectURL(await response.blob());
      const link = Object.assign(document.createElement("a"), { href: url, download: fileNameOf(response, `article.${format}`) });
      link.click();
      URL.revokeObjectURL(url);
      toast.success(t("details.published"));
    } finally {
      setPublishing(false);
      refresh();
    }
  }

  return (
    <div className="space-y-3">
      <p className="text-sm" data-testid="article-status" data-status={status}>
        {t("details.currentStatus", { status: t(`status.${status}`) })}
      </p>
      {canChange ? (
        <div className="space-y-3">
          <div className="flex flex-wrap gap-2">
            {status !== "published" && status !== "approved" ? (
              <Button onClick={() => decide("approve")} disabled={pending}>{t("details.approve")}</Button>
            ) : null}
            {status === "approved" || status === "published" ? (
              <Button variant="secondary" onClick={() => decide("reopen")} disabled={pending}>{t("details.reopen")}</Button>
            ) : null}
          </div>
          {status === "new" || status === "in_review" ? <p className="text-xs text-stone-500">{t("details.approveHint")}</p> : null}
          {status === "approved" || status === "published" ? (
            <div className="flex flex-wrap items-end gap-2">
              <label className="flex flex-col gap-1 text-xs font-medium text-stone-600">
                {t("details.publishFormat")}
                <Select value={format} onChange={(e) => setFormat(e.target.value as typeof format)} className="w-28">
                  {PUBLISH_FORMATS.map((f) => (
                    <option key={f} value={f}>{f.toUpperCase()}</option>
                  ))}
                </Select>
              </label>
              <Button onClick={publish} disabled={publishing}>{t("details.publish")}</Button>
              <span className="basis-full text-xs text-stone-500">{t("details.publishHint")}</span>
            </div>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
