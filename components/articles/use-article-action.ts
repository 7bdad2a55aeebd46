"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { toast } from "sonner";
import type { ActionResult } from "@/lib/actions/safe-action";

/**
 * Runs an article action, names a refusal in the reader's language (codes from lib/services/article-refusal.ts;
 * any other message as the server wrote it) and reloads the page's data so that status and history show the change.
 */
export function useArticleAction() {
  const t = useTranslations("articles.errors");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const explain = (error: string) => (t.has(error) ? t(error as "not_found") : error);
  function run<T>(work: () => Promise<ActionResult<T>>, onDone: (data: T) => void, onRefused?: (error: string) => void) {
    startTransition(async () => {
      const result = await work();
      if (result.ok) onDone(result.data);
      else {
        toast.error(explain(result.error));
        onRefused?.(result.error);
      }
      router.refresh();
    });
  }
  return { run, pending, explain, refresh: () => router.refresh() };
}
