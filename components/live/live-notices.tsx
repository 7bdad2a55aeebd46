"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { LiveNotice } from "./use-live-article";

interface Props {
  notices: LiveNotice[];
  onShow: (paragraphId: number) => void;
  onMerge: (paragraphId: number) => void;
  onDismiss: (key: number) => void;
}

/** What others just did in this article. A save to the paragraph being edited stays until dealt with. */
export function LiveNotices({ notices, onShow, onMerge, onDismiss }: Props) {
  const t = useTranslations("live");
  if (notices.length === 0) return null;
  return (
    <ul role="status" aria-label={t("noticesLabel")} className="space-y-1.5" data-testid="live-notices">
      {notices.map((n) => (
        <li
          key={n.key}
          className={
            n.whileEditing
              ? "flex flex-wrap items-center gap-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950"
              : "flex flex-wrap items-center gap-2 rounded-md border border-sky-200 bg-sky-50 px-3 py-1.5 text-sm text-sky-950"
          }
        >
          <span className="min-w-0 flex-1">
            {n.text}
            {n.whileEditing ? <span className="block text-xs">{t("yourEditIsKept")}</span> : null}
          </span>
          {n.whileEditing && n.paragraphId !== null ? (
            <Button size="sm" onClick={() => { onMerge(n.paragraphId!); onDismiss(n.key); }}>
              {t("compareAndMerge")}
            </Button>
          ) : n.paragraphId !== null ? (
            <Button size="sm" variant="ghost" onClick={() => onShow(n.paragraphId!)}>
              {t("show")}
            </Button>
          ) : null}
          <Button size="sm" variant="ghost" aria-label={t("dismiss")} onClick={() => onDismiss(n.key)}>
            ×
          </Button>
        </li>
      ))}
    </ul>
  );
}
