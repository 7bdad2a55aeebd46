"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { undoApplyToAll } from "@/lib/actions/glossary-apply";
import { paragraphLabel } from "@/lib/review/paragraph-number";
import type { BulkChangeRow } from "./types";

const timeFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });

/** Recent apply-to-all operations, each undone in one step. */
export function BulkChanges({ changes, canEdit }: { changes: BulkChangeRow[]; canEdit: boolean }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  function undo(change: BulkChangeRow) {
    startTransition(async () => {
      const result = await undoApplyToAll({ id: change.id });
      if (!result.ok) return void toast.error(result.error);
      toast.success(`Undone: ${result.data.restored} paragraph(s) restored.`);
      if (result.data.skipped.length > 0) {
        toast.warning(`${result.data.skipped.length} paragraph(s) kept their newer text: ${result.data.skipped.map((s) => paragraphLabel(s.position)).join(", ")}.`);
      }
      router.refresh();
    });
  }

  return (
    <section aria-labelledby="bulk-changes" className="space-y-2 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="bulk-changes" className="font-medium">
        Recent bulk changes
      </h2>
      {changes.length === 0 ? <p className="text-sm text-stone-500">None yet.</p> : null}
      <ul className="space-y-2 text-sm">
        {changes.map((c) => (
          <li key={c.id} aria-label={`Bulk change ${c.id}`} className="flex items-start justify-between gap-2">
            <div className="min-w-0">
              <div className="break-words">{c.description}</div>
              <div className="text-xs text-stone-500">
                {c.paragraphs} paragraph(s) · {c.createdBy ?? "?"} · {timeFormat.format(new Date(c.createdAt))}
                {c.undoneAt ? ` · undone by ${c.undoneBy ?? "?"}` : ""}
              </div>
            </div>
            {canEdit && !c.undoneAt ? (
              <Button size="sm" variant="secondary" disabled={pending} onClick={() => undo(c)}>
                Undo
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
