"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { useFlagMessage } from "@/components/article/use-flag-message";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { editAlignment } from "@/lib/actions/edit-alignment";
import type { LinkEdit } from "@/lib/align/edit-links";
import { cn } from "@/lib/cn";
import type { AlignmentRow, AlignmentView } from "@/lib/services/alignment-view";
import { AlignmentLine } from "./source-summary";

type Side = "source" | "target";

/** The edits a link offers, each only where it changes something (see lib/align/edit-links.ts). */
function editsOf(rows: AlignmentRow[], i: number): { edit: LinkEdit; key: string }[] {
  const row = rows[i];
  const next = rows[i + 1];
  const edits: { edit: LinkEdit; key: string }[] = [];
  if (next) edits.push({ edit: { op: "merge", link: i }, key: "merge" });
  if (row.source.length > 1 || row.target.length > 1) edits.push({ edit: { op: "split", link: i }, key: "split" });
  for (const side of ["source", "target"] as Side[]) {
    if (next && row[side].length > 0) edits.push({ edit: { op: "shift", link: i, side, direction: "down" }, key: `${side}Down` });
    if (next && next[side].length > 0) edits.push({ edit: { op: "shift", link: i, side, direction: "up" }, key: `${side}Up` });
  }
  return edits;
}

function LinkRow({ row, index, locale, children }: { row: AlignmentRow; index: number; locale: string; children: React.ReactNode }) {
  const t = useTranslations("bilingual.alignment");
  const flagMessage = useFlagMessage();
  const outside = row.source.length === 0 && row.target.every((p) => p.kind === "metadata" || p.kind === "boilerplate");
  return (
    <li aria-label={t("link", { number: index + 1 })} data-testid="alignment-link" className={cn("rounded-lg border bg-white p-3 shadow-sm", outside ? "border-dashed border-stone-200 bg-stone-50" : "border-stone-200")}>
      <div className="mb-2 flex flex-wrap items-center gap-2 text-xs text-stone-600">
        <span className="font-mono font-semibold">{t("link", { number: index + 1 })}</span>
        <span>{t("shape", { source: row.source.length, target: row.target.length })}</span>
        {row.flags.length > 0 ? <span className="rounded bg-amber-100 px-1.5 py-0.5 text-amber-900">{t("flagCount", { count: row.flags.length })}</span> : null}
      </div>
      <div className="grid gap-3 md:grid-cols-2">
        <div>
          <h3 className="mb-1 text-[11px] font-semibold uppercase tracking-wide text-stone-500">{t("sourceSide")}</h3>
          {row.source.length === 0 ? <p className="text-sm italic text-stone-500">{t("noSource")}</p> : null}
          {row.source.map((p) => (
            <p key={p.position} lang="zh" data-testid="alignment-source" className="mb-1.5 whitespace-pre-wrap break-words text-[15px] leading-relaxed">
              <span className="mr-1.5 font-mono text-xs text-stone-500">{t("sourceNumber", { number: p.position + 1 })}</span>
              {p.text}
            </p>
          ))}
        </div>
        <div>
          <h3 className="mb-1 text-[11px] font-semibold uppercase tracking-wide text-stone-500">{t("targetSide")}</h3>
          {row.target.length === 0 ? <p className="text-sm italic text-stone-500">{t("noTarget")}</p> : null}
          {row.target.map((p) => (
            <p key={p.position} lang={locale} data-testid="alignment-target" className={cn("mb-1.5 whitespace-pre-wrap break-words text-sm leading-relaxed", p.kind !== "body" && p.kind !== "heading" && "text-stone-500")}>
              <span className="mr-1.5 font-mono text-xs text-stone-500">#{p.position + 1}</span>
              {p.text}
            </p>
          ))}
        </div>
      </div>
      {row.flags.length > 0 ? (
        <ul className="mt-2 space-y-0.5 border-t border-stone-100 pt-2 text-xs text-amber-900">
          {row.flags.map((flag, i) => (
            <li key={i}>{flagMessage(flag)}</li>
          ))}
        </ul>
      ) : null}
      {children}
    </li>
  );
}

/**
 * Two columns, link by link: the Chinese paragraphs and the Portuguese ones aligned with them. A reviewer merges a
 * link with the next, splits it, or moves the boundary with the next link one paragraph up or down on either side;
 * each fix is saved at once as a new version, and the flags shown are those the source-aware checks find with it.
 */
export function AlignmentEditor({ initial, canEdit }: { initial: AlignmentView; canEdit: boolean }) {
  const t = useTranslations("bilingual.alignment");
  const [view, setView] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function apply(edit: LinkEdit) {
    setError(null);
    startTransition(async () => {
      const result = await editAlignment({ articleId: view.articleId, baseVersion: view.alignment.version, edit });
      if (!result.ok) return setError(result.error);
      const outcome = result.data;
      if (outcome.ok) {
        setView(outcome.view);
        toast.success(t("saved", { version: outcome.view.alignment.version }));
      } else if (outcome.code === "conflict") {
        setView(outcome.view);
        setError(t("conflict", { name: outcome.view.alignment.createdBy ?? t("someone") }));
      } else setError(t(`refused.${outcome.code}`));
    });
  }

  return (
    <div className="space-y-3">
      <p className="text-sm text-stone-600" data-testid="alignment-version">
        <AlignmentLine alignment={view.alignment} />
      </p>
      {error ? <Alert>{error}</Alert> : null}
      <ol className="space-y-3" aria-busy={pending}>
        {view.rows.map((row, i) => (
          <LinkRow key={`${view.alignment.version}-${i}`} row={row} index={i} locale={view.locale}>
            {canEdit ? (
              <div className="mt-2 flex flex-wrap gap-1.5 border-t border-stone-100 pt-2">
                {editsOf(view.rows, i).map(({ edit, key }) => (
                  <Button key={key} size="sm" variant="secondary" disabled={pending} onClick={() => apply(edit)} aria-label={t(`edit.${key}Label`, { number: i + 1 })}>
                    {t(`edit.${key}`)}
                  </Button>
                ))}
              </div>
            ) : null}
          </LinkRow>
        ))}
      </ol>
    </div>
  );
}
