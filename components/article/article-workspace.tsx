"use client";

import { useCallback, useEffect, useMemo, useRef, useState, useTransition } from "react";
import { toast } from "sonner";
import type { AnnotationSpan } from "@/components/annotations/annotation-form";
import { undoChange } from "@/lib/actions/paragraph-changes";
import { approve, countMachineFlags, restoreDismissal } from "@/lib/actions/review-actions";
import type { Flag } from "@/lib/checks/types";
import type { DismissalView } from "@/lib/data/dismissals";
import type { IgnoredWordView } from "@/lib/data/ignored-words";
import { countFlags, flagMatches, NO_FILTERS, visibleParagraphs, type ReviewFilters } from "@/lib/review/filters";
import { isBlocking } from "@/lib/review/highlight";
import { stepFlag, stepParagraph, type Cursor } from "@/lib/review/navigation";
import { AnnotateDialog } from "./annotate-dialog";
import { ApproveDialog } from "./approve-dialog";
import { ArticleHeader } from "./article-header";
import { ConfirmDialog } from "./confirm-dialog";
import { HistoryDialog } from "./history-dialog";
import type { PendingMerge } from "./merge-view";
import { ParagraphRow, type DiffMode } from "./paragraph-row";
import { ReviewDrawer } from "./review-drawer";
import { ReviewSidebar } from "./review-sidebar";
import { ShortcutsDialog } from "./shortcuts-dialog";
import { SpellingWordsProvider } from "./spelling-words";
import type { EditSession, WorkspaceArticle, WorkspaceParagraph } from "./types";
import { useAcceptUndo, type AcceptedChange } from "./use-accept-undo";
import { useArticleChanges } from "./use-article-changes";
import { useDrafts } from "./use-drafts";
import { useLeaveGuard } from "./use-leave-guard";
import { useParagraphHandlers, type Run, type Update } from "./use-paragraph-handlers";
import { useParagraphWindow } from "./use-paragraph-window";
import { useReviewShortcuts } from "./use-review-shortcuts";

interface Props {
  article: WorkspaceArticle;
  initialFlags: Record<number, Flag[]>;
  initialDismissals: DismissalView[];
  initialIgnoredWords: IgnoredWordView[];
  checkTitles: Record<string, string>;
  canEdit: boolean;
}

/** Leaving an edit: Esc or Cancel in the editor, or a link followed while editing. */
type Leaving = { to: "editor" } | { to: "link"; href: string };

export function ArticleWorkspace({ article, initialFlags, initialDismissals, initialIgnoredWords, checkTitles, canEdit }: Props) {
  const [paragraphs, setParagraphs] = useState<WorkspaceParagraph[]>(article.paragraphs);
  const [flags, setFlags] = useState(initialFlags);
  const [dismissals, setDismissals] = useState(initialDismissals);
  const [filters, setFilters] = useState<ReviewFilters>(NO_FILTERS);
  const [cursor, setCursor] = useState<Cursor | null>(null);
  const [flagOpen, setFlagOpen] = useState(false);
  const [editing, setEditing] = useState<EditSession | null>(null);
  const [dirty, setDirty] = useState(false);
  const [leaving, setLeaving] = useState<Leaving | null>(null);
  const [globalDiff, setGlobalDiff] = useState<DiffMode>("none");
  const [diffOverrides, setDiffOverrides] = useState<Record<number, DiffMode>>({});
  const [merges, setMerges] = useState<Record<number, PendingMerge>>({});
  const [historyFor, setHistoryFor] = useState<WorkspaceParagraph | null>(null);
  const [approving, setApproving] = useState<WorkspaceParagraph | null>(null);
  const [annotating, setAnnotating] = useState<AnnotationSpan | null>(null);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [lastCheckMs, setLastCheckMs] = useState<number | null>(null);
  const [machineFlagCount, setMachineFlagCount] = useState<number | null>(null);
  const [pending, startTransition] = useTransition();
  const { drafts, keep: keepDraft, forget: forgetDraft } = useDrafts(useMemo(() => article.paragraphs.map((p) => p.id), [article.paragraphs]));

  const visible = useMemo(() => visibleParagraphs(paragraphs, flags, filters), [paragraphs, flags, filters]);
  const shownFlags = useMemo(() => {
    const shown: Record<number, number[]> = {};
    for (const p of visible) shown[p.id] = (flags[p.id] ?? []).flatMap((flag, i) => (flagMatches(flag, filters) ? [i] : []));
    return shown;
  }, [visible, flags, filters]);
  const { listRef, virtualizer, scrollToParagraph } = useParagraphWindow(visible, canEdit);

  const applyUpdate = useCallback((update: Update) => {
    setFlags(update.flags);
    setDismissals(update.dismissals);
    setLastCheckMs(update.checkedInMs);
    if ("paragraph" in update) setParagraphs((list) => list.map((p) => (p.id === update.paragraph.id ? update.paragraph : p)));
  }, []);

  useArticleChanges(article.id, paragraphs, (changed, update) => {
    const byId = new Map(changed.map((p) => [p.id, p]));
    setParagraphs((list) => list.map((p) => (byId.get(p.id)?.version ?? 0) > p.version ? byId.get(p.id)! : p));
    applyUpdate(update);
  });

  /** Runs a server action; a conflict goes to `onConflict`, or is reported with the newer text now shown. */
  const run: Run = useCallback(
    (action, after, onConflict) => {
      startTransition(async () => {
        const result = await action().catch(() => ({ ok: false as const, error: "The server could not be reached; nothing was saved." }));
        if (!result.ok) {
          toast.error(result.error);
          return;
        }
        applyUpdate(result.data);
        if ("conflict" in result.data && result.data.conflict) {
          if (onConflict) onConflict(result.data);
          else toast.error("Someone changed this paragraph meanwhile: its newer text is now shown.");
          return;
        }
        after?.(result.data);
      });
    },
    [applyUpdate],
  );

  const undo = useCallback(
    (change: AcceptedChange) =>
      run(
        () => undoChange({ paragraphId: change.paragraphId, version: change.version }),
        () => toast.success(`Undone: ${change.label}`),
        () => toast.error("That paragraph changed since, so nothing was undone; its history keeps every version."),
      ),
    [run],
  );
  const { accepted, undoLast } = useAcceptUndo(undo);

  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;
  const closeEditor = useCallback(() => {
    setEditing(null);
    setDirty(false);
  }, []);
  const leaveEditor = useCallback(() => (dirtyRef.current ? setLeaving({ to: "editor" }) : closeEditor()), [closeEditor]);
  const unsaved = dirty || Object.keys(merges).length > 0;
  const leavePage = useLeaveGuard(unsaved, (href) => setLeaving({ to: "link", href }));

  const handlers = useParagraphHandlers({
    run,
    paragraphs,
    flags,
    globalDiff,
    setCursor,
    setFlagOpen,
    setEditing,
    setDirty,
    leaveEditor,
    setMerges,
    setDiffOverrides,
    setApproving,
    setAnnotating,
    setHistoryFor,
    keepDraft,
    forgetDraft,
    accepted,
  });

  const navItems = useMemo(() => visible.map((p) => ({ id: p.id, flagIndexes: shownFlags[p.id] ?? [] })), [visible, shownFlags]);
  const current = cursor ? paragraphs.find((p) => p.id === cursor.paragraphId) ?? null : null;
  const currentFlag = current && cursor?.flagIndex != null ? (flags[current.id] ?? [])[cursor.flagIndex] : undefined;

  const move = useCallback(
    (next: Cursor | null, open: boolean) => {
      if (!next) return;
      setCursor(next);
      setFlagOpen(open && next.flagIndex !== null);
      scrollToParagraph(next.paragraphId);
    },
    [scrollToParagraph],
  );

  useReviewShortcuts({
    enabled: editing === null && historyFor === null && approving === null && annotating === null && leaving === null,
    onNextFlag: () => move(stepFlag(navItems, cursor, 1), true),
    onPreviousFlag: () => move(stepFlag(navItems, cursor, -1), true),
    onNextParagraph: () => move(stepParagraph(navItems, cursor, 1), false),
    onPreviousParagraph: () => move(stepParagraph(navItems, cursor, -1), false),
    onEdit: () => canEdit && current && handlers.startEdit(current.id),
    onApprove: () => canEdit && current && current.status !== "approved" && handlers.approve(current),
    onAcceptFirst: () => canEdit && current && currentFlag && currentFlag.suggestions.length > 0 && !pending && handlers.accept(current, currentFlag, currentFlag.suggestions[0]),
    onUndo: () => canEdit && !pending && undoLast(),
    onDismiss: () => canEdit && current && currentFlag && handlers.dismiss(current, currentFlag, ""),
    onHistory: () => current && handlers.openHistory(current),
    onDiff: () => current && handlers.toggleDiff(current.id),
    onMarkError: () => canEdit && current && handlers.markError(current),
    onHelp: () => {
      setFlagOpen(false);
      setShortcutsOpen(true);
    },
  });

  useEffect(() => {
    let live = true;
    countMachineFlags({ articleId: article.id }).then((result) => live && result.ok && setMachineFlagCount(result.data));
    return () => {
      live = false;
    };
  }, [article.id]);

  // Keep a selected paragraph in view when filters or edits reshuffle the list.
  useEffect(() => {
    if (cursor) scrollToParagraph(cursor.paragraphId);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [filters]);

  const editedNumber = paragraphs.find((p) => p.id === editing?.paragraphId)?.position;
  const sidebar = (
    <ReviewSidebar
      paragraphs={paragraphs}
      flags={flags}
      machineFlagCount={machineFlagCount}
      dismissals={dismissals}
      checkTitles={checkTitles}
      filters={filters}
      onFilters={setFilters}
      diffMode={globalDiff}
      onDiffMode={(mode) => {
        setGlobalDiff(mode);
        setDiffOverrides({});
      }}
      visibleCount={visible.length}
      canEdit={canEdit}
      pending={pending}
      lastCheckMs={lastCheckMs}
      onRestoreDismissal={(id) => run(() => restoreDismissal({ dismissalId: id }), () => toast.success("Flag restored"))}
      onShowDismissal={(paragraphId) => move({ paragraphId, flagIndex: null }, false)}
      onShortcuts={() => setShortcutsOpen(true)}
    />
  );

  return (
    <SpellingWordsProvider
      articleId={article.id}
      locale={article.locale}
      canEdit={canEdit}
      initialIgnoredWords={initialIgnoredWords}
      onStart={() => setFlagOpen(false)}
      onFlags={applyUpdate}
      className="space-y-4"
    >
      <ArticleHeader article={article} paragraphs={paragraphs} canEdit={canEdit} />
      {!canEdit ? (
        <p className="rounded-md bg-stone-100 px-3 py-2 text-sm text-stone-700">You have read-only access to this article.</p>
      ) : null}
      <div className="grid gap-5 lg:grid-cols-[minmax(0,1fr)_17rem]">
        <div className="min-w-0">
          {visible.length === 0 ? (
            <p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-center text-sm text-stone-600">
              No paragraph matches these filters.
            </p>
          ) : null}
          <ol ref={listRef} aria-label="Paragraphs" className="relative" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const p = visible[item.index];
              const selected = cursor?.paragraphId === p.id;
              return (
                <li
                  key={item.key}
                  data-index={item.index}
                  ref={virtualizer.measureElement}
                  className="absolute left-0 top-0 w-full pb-3"
                  style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
                >
                  <ParagraphRow
                    paragraph={p}
                    flags={flags[p.id] ?? []}
                    shownFlags={shownFlags[p.id] ?? []}
                    checkTitles={checkTitles}
                    locale={article.locale}
                    canEdit={canEdit}
                    selected={selected}
                    activeFlag={selected ? cursor!.flagIndex : null}
                    flagOpen={selected && flagOpen}
                    editing={editing?.paragraphId === p.id ? editing : null}
                    draft={drafts[p.id] ?? null}
                    diffMode={diffOverrides[p.id] ?? globalDiff}
                    merge={merges[p.id] ?? null}
                    pending={pending}
                    handlers={handlers}
                  />
                </li>
              );
            })}
          </ol>
        </div>
        <ReviewDrawer summary={`${countFlags(flags).total} open`}>{sidebar}</ReviewDrawer>
      </div>
      <ShortcutsDialog open={shortcutsOpen} onOpenChange={setShortcutsOpen} />
      {leaving ? (
        <ConfirmDialog
          title={leaving.to === "editor" ? "Discard your edit?" : "Leave with an unsaved edit?"}
          stayLabel="Keep editing"
          leaveLabel={leaving.to === "editor" ? "Discard the edit" : "Leave the page"}
          onStay={() => setLeaving(null)}
          onLeave={() => {
            setLeaving(null);
            // The draft stays in this browser and is offered on return.
            if (leaving.to === "link") return leavePage(leaving.href);
            if (editing) forgetDraft(editing.paragraphId);
            closeEditor();
          }}
        >
          {leaving.to === "editor"
            ? `Your changes to paragraph ${(editedNumber ?? 0) + 1} are not saved. Discarding them cannot be undone.`
            : "Your edit is not saved. It stays in this browser and is offered again when you come back to this article."}
        </ConfirmDialog>
      ) : null}
      {historyFor ? (
        <HistoryDialog
          paragraph={paragraphs.find((p) => p.id === historyFor.id) ?? historyFor}
          canEdit={canEdit}
          locale={article.locale}
          onClose={() => setHistoryFor(null)}
          onRestored={(update) => applyUpdate(update)}
        />
      ) : null}
      {annotating ? <AnnotateDialog span={annotating} onClose={() => setAnnotating(null)} /> : null}
      {approving ? (
        <ApproveDialog
          paragraph={approving}
          flags={(flags[approving.id] ?? []).filter((f) => isBlocking(f.severity))}
          onCancel={() => setApproving(null)}
          onConfirm={() => {
            const paragraph = approving;
            setApproving(null);
            run(() => approve({ paragraphId: paragraph.id, baseVersion: paragraph.version }));
          }}
        />
      ) : null}
    </SpellingWordsProvider>
  );
}
