"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Dialog } from "radix-ui";
import { useEffect, useState, useTransition } from "react";
import { toast } from "sonner";
import { InlineDiff } from "@/components/diff/inline-diff";
import { Button } from "@/components/ui/button";
import { paragraphHistory } from "@/lib/actions/paragraph-history";
import { restoreRevision } from "@/lib/actions/restore-revision";
import type { ReviewUpdate } from "@/lib/actions/review-update";
import { cn } from "@/lib/cn";
import type { WorkspaceParagraph } from "./types";
import { useRevisionNote } from "./use-revision-note";

type Revision = Awaited<ReturnType<typeof paragraphHistory>> extends infer R ? (R extends { ok: true; data: (infer T)[] } ? T : never) : never;

interface Props {
  paragraph: WorkspaceParagraph;
  canEdit: boolean;
  locale: string;
  onClose: () => void;
  onRestored: (update: ReviewUpdate) => void;
}

/** Every revision with author and time; a diff between any two; restoring adds a revision. */
export function HistoryDialog({ paragraph, canEdit, locale, onClose, onRestored }: Props) {
  const [revisions, setRevisions] = useState<Revision[] | null>(null);
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number | null>(null);
  const [pending, startTransition] = useTransition();
  const t = useTranslations("workspace.history");
  const format = useFormatter();
  const noteText = useRevisionNote();

  useEffect(() => {
    let live = true;
    paragraphHistory({ paragraphId: paragraph.id }).then((result) => {
      if (!live) return;
      if (!result.ok) return void toast.error(result.error);
      setRevisions(result.data);
      setTo(result.data[0]?.id ?? null);
      setFrom(result.data[result.data.length - 1]?.id ?? null);
    });
    return () => {
      live = false;
    };
  }, [paragraph.id, paragraph.version]);

  const fromRevision = revisions?.find((r) => r.id === from);
  const toRevision = revisions?.find((r) => r.id === to);

  function restore(revision: Revision) {
    startTransition(async () => {
      const result = await restoreRevision({ paragraphId: paragraph.id, revisionId: revision.id, baseVersion: paragraph.version });
      if (!result.ok) return void toast.error(result.error);
      onRestored(result.data);
      if (result.data.conflict) toast.error(t("conflict"));
      else toast.success(t("restored", { version: revision.version, now: result.data.paragraph.version }));
    });
  }

  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/30" />
        <Dialog.Content className="fixed left-1/2 top-1/2 z-50 flex max-h-[90vh] w-[56rem] max-w-[calc(100vw-2rem)] -translate-x-1/2 -translate-y-1/2 flex-col gap-3 rounded-lg bg-white p-5 shadow-xl">
          <Dialog.Title className="font-serif text-lg font-semibold">{t("title", { number: paragraph.position + 1 })}</Dialog.Title>
          <Dialog.Description className="text-sm text-stone-600">
            {t("description")}
          </Dialog.Description>
          {revisions === null ? <p className="text-sm text-stone-500">{t("loading")}</p> : null}
          {revisions ? (
            <div className="grid min-h-0 flex-1 gap-4 md:grid-cols-[22rem_1fr]">
              <ol className="min-h-0 space-y-1.5 overflow-y-auto pr-1" aria-label={t("revisions")}>
                {revisions.map((r) => (
                  <li key={r.id} className={cn("rounded border p-2 text-xs", r.version === paragraph.version ? "border-accent" : "border-stone-200")}>
                    <div className="flex items-center gap-2">
                      <span className="font-mono font-semibold">v{r.version}</span>
                      <span className="rounded bg-stone-100 px-1">{t(`kind.${r.kind}`)}</span>
                      <span className="text-stone-600">{r.author?.name ?? t("imported")}</span>
                      <span className="ml-auto text-stone-500">{format.dateTime(new Date(r.createdAt), { dateStyle: "medium", timeStyle: "medium" })}</span>
                    </div>
                    {r.note ? <p className="mt-0.5 text-stone-600">{noteText(r.note)}</p> : null}
                    <p lang={locale} className="mt-1 line-clamp-2 text-stone-700">{r.text}</p>
                    <div className="mt-1 flex items-center gap-3">
                      <label className="flex items-center gap-1">
                        <input type="radio" name="from" checked={from === r.id} onChange={() => setFrom(r.id)} /> {t("from")}
                      </label>
                      <label className="flex items-center gap-1">
                        <input type="radio" name="to" checked={to === r.id} onChange={() => setTo(r.id)} /> {t("to")}
                      </label>
                      {canEdit && r.version !== paragraph.version ? (
                        <Button size="sm" variant="secondary" className="ml-auto h-6 px-2 text-xs" disabled={pending} onClick={() => restore(r)}>
                          {t("restore", { version: r.version })}
                        </Button>
                      ) : null}
                    </div>
                  </li>
                ))}
              </ol>
              <div className="min-h-0 overflow-y-auto rounded border border-stone-200 p-3">
                {fromRevision && toRevision ? (
                  <>
                    <p className="mb-2 text-xs text-stone-500">
                      {t("changes", { from: fromRevision.version, to: toRevision.version })}
                    </p>
                    <InlineDiff before={fromRevision.text} after={toRevision.text} lang={locale} />
                  </>
                ) : null}
              </div>
            </div>
          ) : null}
          <Dialog.Close asChild>
            <Button variant="secondary" size="sm" className="self-end">{t("close")}</Button>
          </Dialog.Close>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
