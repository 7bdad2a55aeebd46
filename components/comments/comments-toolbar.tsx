"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { listMyMentions } from "@/lib/actions/list-my-mentions";

interface Props {
  openTotal: number;
  total: number;
  openOnly: boolean;
  onOpenOnly: (on: boolean) => void;
  /** Bumped when comments change live, so that a new mention shows without a reload. */
  refreshKey: number;
}

/** The article's open threads, the filter for paragraphs with open threads, and the reader's unread mentions. */
export function CommentsToolbar({ openTotal, total, openOnly, onOpenOnly, refreshKey }: Props) {
  const t = useTranslations("comments");
  const [unread, setUnread] = useState(0);

  useEffect(() => {
    let live = true;
    listMyMentions({ unreadOnly: true }).then((result) => live && result.ok && setUnread(result.data.length)).catch(() => undefined);
    return () => {
      live = false;
    };
  }, [refreshKey]);

  return (
    <div className="flex flex-wrap items-center gap-3 rounded-md border border-stone-200 bg-white px-3 py-1.5 text-sm">
      <span className="text-stone-700">{t("summary", { open: openTotal, total })}</span>
      <label className="inline-flex items-center gap-1.5 text-stone-700">
        <input type="checkbox" checked={openOnly} disabled={openTotal === 0 && !openOnly} onChange={(e) => onOpenOnly(e.target.checked)} className="accent-accent" />
        {t("openOnly")}
      </label>
      {unread > 0 ? (
        <Link href="/mentions" className="ml-auto rounded bg-amber-100 px-2 py-0.5 font-medium text-amber-950 hover:underline">
          {t("unreadMentions", { count: unread })}
        </Link>
      ) : (
        <Link href="/mentions" className="ml-auto text-accent hover:underline">
          {t("mentionsLink")}
        </Link>
      )}
    </div>
  );
}
