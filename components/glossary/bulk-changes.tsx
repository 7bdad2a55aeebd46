"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { undoApplyToAll } from "@/lib/actions/undo-apply-to-all";
import { paragraphLabel } from "@/lib/review/paragraph-number";
import type { BulkChangeRow } from "./types";
import { useRevisionNote } from "@/components/article/use-revision-note";

/** Recent apply-to-all operations, each undone in one step. */
export function BulkChanges({ changes, canEdit }: { changes: BulkChangeRow[]; canEdit: boolean }) {
  const t = useTranslations("glossary.bulk");
  const format = useFormatter();
  const noteText = useRevisionNote();
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  function undo(change: BulkChangeRow) {
    startTransition(async () => {
      const result = await undoApplyToAll({ id: change.id });
      if (!result.ok) return void toast.error(result.error);
      toast.success(t("undone", { count: result.data.restored }));
      if (result.data.skipped.length > 0) {
        toast.warning(t("keptNewer", { count: result.data.skipped.length, list: result.data.skipped.map((s) => paragraphLabel(s.position)).join(", ") }));
      }
      router.refresh();
    });
  }

  return (
    <section aria-labelledby="bulk-changes" className="space-y-2 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="bulk-changes" className="font-medium">
        {t("heading")}
      </h2>
      {changes.length === 0 ? <p className="text-sm text-stone-500">{t("none")}</p> : null}
      <ul className="space-y-2 text-sm">
        {changes.map((c) => (
          <li key={c.id} aria-label={t("item", { id: c.id })} className="flex items-start justify-between gap-2">
            <div className="min-w-0">
              <div className="break-words">{noteText(c.description)}</div>
              <div className="text-xs text-stone-500">
                {t("paragraphs", { count: c.paragraphs })} · {c.createdBy ?? t("unknown")} · {format.dateTime(new Date(c.createdAt), { dateStyle: "medium", timeStyle: "short" })}
                {c.undoneAt ? t("undoneBy", { name: c.undoneBy ?? t("unknown") }) : ""}
              </div>
            </div>
            {canEdit && !c.undoneAt ? (
              <Button size="sm" variant="secondary" disabled={pending} onClick={() => undo(c)}>
                {t("undo")}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
