"use client";

import { useTranslations } from "next-intl";
import { useCallback, useTransition } from "react";
import { toast } from "sonner";
import type { Update } from "./review-state";
import type { Run } from "./use-paragraph-handlers";

/**
 * Runs the workspace's server actions one transition at a time: every answer's re-checked flags are applied,
 * a conflict goes to `onConflict` (or is reported with the newer text now shown), and only a success reaches `after`.
 */
export function useActionRunner(applyUpdate: (update: Update) => void) {
  const [pending, startTransition] = useTransition();
  const t = useTranslations("workspace.toast");
  const run: Run = useCallback(
    (action, after, onConflict) => {
      startTransition(async () => {
        const result = await action().catch(() => ({ ok: false as const, error: t("unreachable") }));
        if (!result.ok) {
          toast.error(result.error);
          return;
        }
        applyUpdate(result.data);
        if ("conflict" in result.data && result.data.conflict) {
          if (onConflict) onConflict(result.data);
          else toast.error(t("conflict"));
          return;
        }
        after?.(result.data);
      });
    },
    [applyUpdate, t],
  );
  return { run, pending };
}
