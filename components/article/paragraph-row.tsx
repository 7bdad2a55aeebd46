"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Popover } from "radix-ui";
import { memo, useEffect, useRef, useState } from "react";
import { InlineDiff } from "@/components/diff/inline-diff";
import { SideBySideDiff } from "@/components/diff/side-by-side-diff";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { cn } from "@/lib/cn";
import { SourceParagraph } from "@/components/source/source-paragraph";
import { DraftOffer } from "./draft-offer";
import { FlagDetails } from "./flag-details";
import { FlaggedText } from "./flagged-text";
import { MergeView, type PendingMerge } from "./merge-view";
import { ParagraphEditor } from "./paragraph-editor";
import { StatusBadge } from "./status-badge";
import type { EditSession, WorkspaceParagraph } from "./types";
import type { Draft } from "./use-drafts";
import { PARAGRAPH_KINDS, type Flag, type ParagraphKind } from "@/lib/domain";

export type DiffMode = "none" | "inline" | "side";

export interface ParagraphHandlers {
  select: (paragraphId: number, flagIndex: number | null, open?: boolean) => void;
  closeFlag: () => void;
  startEdit: (paragraphId: number, from?: Omit<EditSession, "paragraphId">) => void;
  cancelEdit: () => void;
  draftChanged: (session: EditSession, text: string) => void;
  resumeDraft: (draft: Draft) => void;
  discardDraft: (paragraphId: number) => void;
  save: (paragraph: WorkspaceParagraph, text: string, baseVersion: number) => void;
  accept: (paragraph: WorkspaceParagraph, flag: Flag, suggestion: string) => void;
  dismiss: (paragraph: WorkspaceParagraph, flag: Flag, reason: string) => void;
  approve: (paragraph: WorkspaceParagraph) => void;
  setKind: (paragraph: WorkspaceParagraph, kind: ParagraphKind) => void;
  toggleDiff: (paragraphId: number) => void;
  openHistory: (paragraph: WorkspaceParagraph) => void;
  markError: (paragraph: WorkspaceParagraph) => void;
  saveMerge: (paragraph: WorkspaceParagraph, merge: PendingMerge, text: string) => void;
  editMerge: (paragraph: WorkspaceParagraph, text: string) => void;
  discardMine: (paragraphId: number) => void;
}

interface Props {
  paragraph: WorkspaceParagraph;
  flags: Flag[];
  shownFlags: number[];
  checkTitles: Record<string, string>;
  locale: string;
  canEdit: boolean;
  selected: boolean;
  activeFlag: number | null;
  flagOpen: boolean;
  editing: EditSession | null;
  /** A draft kept in the browser from an earlier visit or edit, offered back while not editing. */
  draft: Draft | null;
  diffMode: DiffMode;
  merge: PendingMerge | null;
  pending: boolean;
  handlers: ParagraphHandlers;
}

export const ParagraphRow = memo(function ParagraphRow(props: Props) {
  const { paragraph: p, flags, shownFlags, locale, canEdit, selected, activeFlag, flagOpen, editing, draft: stored, diffMode, merge, pending, handlers } = props;
  const rowRef = useRef<HTMLElement>(null);
  const anchorRef = useRef<HTMLElement | null>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  const selectedRef = useRef(selected);
  selectedRef.current = selected;
  const [draft, setDraft] = useState(p.currentText);
  const t = useTranslations("workspace");
  const format = useFormatter();
  const when = (date: Date | string) => format.dateTime(new Date(date), { dateStyle: "short", timeStyle: "short" });

  useEffect(() => {
    if (editing) setDraft(editing.startText);
  }, [editing]);

  useEffect(() => {
    if (activeFlag === null || !rowRef.current) return;
    const mark = rowRef.current.querySelector<HTMLElement>(`mark[data-flag="${activeFlag}"]`);
    anchorRef.current = mark;
    // With the popover open, focus belongs inside it (its first suggestion); otherwise on the mark. The
    // popover stays open when j moves to another flag of this paragraph, so focus is moved here too.
    if (!flagOpen) mark?.focus({ preventScroll: false });
    else {
      mark?.scrollIntoView({ block: "nearest" });
      const content = contentRef.current;
      (content?.querySelector<HTMLElement>("[data-suggestion]") ?? content)?.focus({ preventScroll: true });
    }
  }, [activeFlag, flagOpen, p.currentText]);

  const flag = activeFlag !== null ? flags[activeFlag] : undefined;
  const changed = p.currentText !== p.machineText;
  const muted = p.kind === "boilerplate" || p.kind === "metadata";

  return (
    <article
      ref={rowRef}
      aria-label={t("row.label", { number: p.position + 1 })}
      data-paragraph-id={p.id}
      aria-current={selected ? "true" : undefined}
      onClick={() => !selected && handlers.select(p.id, null)}
      className={cn(
        "rounded-lg border bg-white px-4 py-3 shadow-sm transition-shadow",
        muted && "border-dashed bg-stone-50",
        selected ? "border-accent ring-2 ring-accent/30" : "border-stone-200",
      )}
    >
      <div className="mb-2 flex flex-wrap items-center gap-2 text-xs text-stone-600">
        <span className="font-mono">#{p.position + 1}</span>
        {canEdit ? (
          <Select
            aria-label={t("row.kindLabel", { number: p.position + 1 })}
            value={p.kind}
            disabled={pending}
            onChange={(e) => handlers.setKind(p, e.target.value as ParagraphKind)}
            className="h-7 w-auto py-0 text-xs"
          >
            {PARAGRAPH_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kind.${kind}`)}
              </option>
            ))}
          </Select>
        ) : (
          <span className="rounded bg-stone-100 px-1.5 py-0.5">{t(`kind.${p.kind}`)}</span>
        )}
        <StatusBadge status={p.status} />
        {flags.length > 0 ? (
          <span className="rounded bg-stone-100 px-1.5 py-0.5 tabular-nums" title={t("row.openFlags")}>
            {t("row.flagCount", { count: flags.length })}
          </span>
        ) : null}
        <span className="ml-auto text-right">
          v{p.version}
          {p.updatedBy ? ` · ${p.updatedBy.name}` : ""} · {when(p.updatedAt)}
          {p.status === "approved" && p.approvedBy && p.approvedAt ? (
            <span className="text-emerald-700"> · {t("row.approvedBy", { name: p.approvedBy.name, when: when(p.approvedAt) })}</span>
          ) : null}
        </span>
      </div>

      <SourceParagraph paragraphId={p.id} number={p.position + 1} />
      {diffMode === "side" ? (
        <SideBySideDiff before={p.machineText} after={p.currentText} lang={locale} />
      ) : (
        <>
          {changed || diffMode === "inline" ? (
            <div className="mb-2">
              <h3 className="mb-0.5 text-[11px] font-semibold uppercase tracking-wide text-stone-500">
                {diffMode === "inline" ? t("row.changes") : t("row.machine")}
              </h3>
              {diffMode === "inline" ? (
                <InlineDiff before={p.machineText} after={p.currentText} lang={locale} className="text-sm" />
              ) : (
                <p lang={locale} className="whitespace-pre-wrap text-sm leading-relaxed text-stone-500" data-testid="machine-text">
                  {p.machineText}
                </p>
              )}
            </div>
          ) : null}
          {editing && editing.baseVersion !== p.version ? (
            <div className="mb-2 rounded-md border border-amber-300 bg-amber-50 p-2 text-sm">
              <h4 className="mb-0.5 text-xs font-semibold uppercase text-stone-500">
                {t("row.savedSince", { name: p.updatedBy?.name ?? t("someoneCapital"), version: p.version, base: editing.baseVersion })}
              </h4>
              <p lang={locale} className="whitespace-pre-wrap" data-testid="their-text">{p.currentText}</p>
            </div>
          ) : null}
          {editing ? (
            <ParagraphEditor
              value={draft}
              onChange={(text) => {
                setDraft(text);
                handlers.draftChanged(editing, text);
              }}
              onSave={() => handlers.save(p, draft, editing.baseVersion)}
              onCancel={handlers.cancelEdit}
              pending={pending}
              lang={locale}
            />
          ) : (
            <Popover.Root open={flagOpen && flag !== undefined} onOpenChange={(open) => (open ? undefined : handlers.closeFlag())}>
              <Popover.Anchor virtualRef={anchorRef as React.RefObject<HTMLElement>} />
              <FlaggedText
                text={p.currentText}
                flags={flags}
                shown={shownFlags}
                activeFlag={activeFlag}
                lang={locale}
                onOpenFlag={(i) => handlers.select(p.id, i, true)}
                className={cn(p.kind === "heading" && "font-semibold", muted && "text-stone-600")}
              />
              <Popover.Portal>
                <Popover.Content
                  ref={contentRef}
                  side="bottom"
                  align="start"
                  sideOffset={6}
                  collisionPadding={12}
                  aria-label={t("row.flagDetails")}
                  // A flag with a long explanation is taller than the room under the mark: it scrolls inside the
                  // window rather than putting its buttons out of reach.
                  className="z-50 max-h-[var(--radix-popover-content-available-height)] w-[22rem] max-w-[calc(100vw-2rem)] overflow-y-auto rounded-lg border border-stone-200 bg-white p-3 shadow-lg"
                  // Moving focus (keyboard navigation, the editor) must not close it; a click outside or Esc does.
                  onFocusOutside={(e) => e.preventDefault()}
                  onOpenAutoFocus={(e) => {
                    // The first suggestion, or the popover itself: never the reason field, which
                    // would swallow the navigation keys.
                    e.preventDefault();
                    const content = e.currentTarget as HTMLElement;
                    (content.querySelector<HTMLElement>("[data-suggestion]") ?? content).focus();
                  }}
                  onCloseAutoFocus={(e) => {
                    e.preventDefault();
                    // Back to the mark only when this paragraph is still the selected one (Esc);
                    // moving to another paragraph's flag must not pull focus back here.
                    if (selectedRef.current) anchorRef.current?.focus();
                  }}
                  tabIndex={-1}
                >
                  {flag ? (
                    <FlagDetails
                      articleId={p.articleId}
                      paragraphId={p.id}
                      flag={flag}
                      checkTitle={props.checkTitles[flag.check] ?? flag.check}
                      canEdit={canEdit}
                      pending={pending}
                      onAccept={(suggestion) => handlers.accept(p, flag, suggestion)}
                      onDismiss={(reason) => handlers.dismiss(p, flag, reason)}
                    />
                  ) : null}
                  <Popover.Arrow className="fill-white" />
                </Popover.Content>
              </Popover.Portal>
            </Popover.Root>
          )}
        </>
      )}

      {merge && !editing ? (
        <MergeView
          merge={merge}
          theirs={p}
          lang={locale}
          pending={pending}
          onSave={(text) => handlers.saveMerge(p, merge, text)}
          onEdit={(text) => handlers.editMerge(p, text)}
          onDiscardMine={() => handlers.discardMine(p.id)}
        />
      ) : null}
      {stored && canEdit && !editing && !merge ? (
        <DraftOffer draft={stored} current={p} onResume={() => handlers.resumeDraft(stored)} onDiscard={() => handlers.discardDraft(p.id)} />
      ) : null}

      <div className="mt-2 flex flex-wrap gap-1.5">
        {canEdit && !editing && !merge ? (
          <>
            <Button size="sm" variant="secondary" onClick={() => handlers.startEdit(p.id)}>
              {t("row.edit")}
            </Button>
            {p.status !== "approved" ? (
              <Button size="sm" variant="secondary" disabled={pending} onClick={() => handlers.approve(p)}>
                {t("row.approve")}
              </Button>
            ) : null}
            <Button
              size="sm"
              variant="ghost"
              title={t("row.markErrorHint")}
              // Keep the text selection: a mousedown on the button would otherwise clear it.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => handlers.markError(p)}
            >
              {t("row.markError")}
            </Button>
          </>
        ) : null}
        <Button size="sm" variant="ghost" aria-pressed={diffMode !== "none"} onClick={() => handlers.toggleDiff(p.id)}>
          {diffMode === "none" ? t("row.showDiff") : t("row.hideDiff")}
        </Button>
        <Button size="sm" variant="ghost" onClick={() => handlers.openHistory(p)}>
          {t("row.history")}
        </Button>
      </div>
    </article>
  );
});
