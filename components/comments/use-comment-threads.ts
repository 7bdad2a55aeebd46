"use client";

import { useTranslations } from "next-intl";
import { useCallback, useMemo, useState } from "react";
import { toast } from "sonner";
import { listCommentThreads } from "@/lib/actions/list-comment-threads";
import type { ActionResult } from "@/lib/actions/safe-action";
import type { ThreadView } from "@/lib/services/comment-threads";

export interface ThreadCounts {
  open: number;
  total: number;
}

export type RunComment = (action: () => Promise<ActionResult<ThreadView[]>>) => Promise<boolean>;

/** The article's threads as this page knows them; every command answers the whole list, as does a live refresh. */
export function useCommentThreads(articleId: number, initial: ThreadView[]) {
  const t = useTranslations("comments");
  const [threads, setThreads] = useState(initial);

  const refresh = useCallback(async () => {
    const result = await listCommentThreads({ articleId }).catch(() => null);
    if (result?.ok) setThreads(result.data);
  }, [articleId]);

  const run: RunComment = useCallback(
    async (action) => {
      const result = await action().catch(() => ({ ok: false as const, error: "comment:unreachable" }));
      if (result.ok) {
        setThreads(result.data);
        return true;
      }
      const reason = /^comment:(\w+)$/.exec(result.error)?.[1];
      toast.error(reason && t.has(`errors.${reason}`) ? t(`errors.${reason}`) : result.error);
      return false;
    },
    [t],
  );

  const byParagraph = useMemo(() => {
    const map = new Map<number, ThreadView[]>();
    for (const thread of threads) map.set(thread.paragraphId, [...(map.get(thread.paragraphId) ?? []), thread]);
    return map;
  }, [threads]);

  const counts = useMemo(() => {
    const map = new Map<number, ThreadCounts>();
    for (const [id, list] of byParagraph) map.set(id, { total: list.length, open: list.filter((th) => th.status === "open").length });
    return map;
  }, [byParagraph]);

  const openTotal = useMemo(() => threads.filter((th) => th.status === "open").length, [threads]);
  return { threads, byParagraph, counts, openTotal, refresh, run };
}
