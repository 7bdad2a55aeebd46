"use client";

import { useTranslations } from "next-intl";
import { useCallback, useRef } from "react";
import { toast } from "sonner";

/** An accepted suggestion: the version it produced, to step back from. */
export interface AcceptedChange {
  paragraphId: number;
  version: number;
  label: string;
}

/**
 * The accepted suggestions of this visit, newest last. Each can be undone from its toast, and Ctrl+Z undoes
 * the newest still standing; the undo itself is a new revision written by `undo`.
 */
export function useAcceptUndo(undo: (change: AcceptedChange) => void) {
  const stack = useRef<AcceptedChange[]>([]);
  const t = useTranslations("workspace.toast");

  const run = useCallback(
    (change: AcceptedChange) => {
      stack.current = stack.current.filter((c) => c !== change);
      undo(change);
    },
    [undo],
  );

  const accepted = useCallback(
    (change: AcceptedChange) => {
      stack.current.push(change);
      toast.success(change.label, { action: { label: t("undo"), onClick: () => run(change) } });
    },
    [run, t],
  );

  const undoLast = useCallback(() => {
    const last = stack.current.at(-1);
    if (last) run(last);
    else toast.info(t("nothingToUndo"));
  }, [run, t]);

  return { accepted, undoLast };
}
