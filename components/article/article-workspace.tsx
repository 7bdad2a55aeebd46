"use client";

import { useWindowVirtualizer } from "@tanstack/react-virtual";
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, useTransition } from "react";
import { toast } from "sonner";
import type { ActionResult } from "@/lib/actions/safe-action";
import {
  acceptSuggestion,
  approve,
  changeParagraphKind,
  countMachineFlags,
  dismiss,
  restoreDismissal,
  saveParagraph,
  type ReviewUpdate,
} from "@/lib/actions/review-actions";
import type { Flag, ParagraphKind } from "@/lib/checks/types";
import type { DismissalView } from "@/lib/data/dismissals";
import type { IgnoredWordView } from "@/lib/data/ignored-words";
import { flagMatches, NO_FILTERS, visibleParagraphs, type ReviewFilters } from "@/lib/review/filters";
import { isBlocking } from "@/lib/review/highlight";
import { stepFlag, stepParagraph, type Cursor } from "@/lib/review/navigation";
import type { AnnotationSpan } from "@/components/annotations/annotation-form";
import { AnnotateDialog } from "./annotate-dialog";
import { ApproveDialog } from "./approve-dialog";
import { ArticleHeader } from "./article-header";
import { HistoryDialog } from "./history-dialog";
import { ParagraphRow, type DiffMode, type ParagraphHandlers } from "./paragraph-row";
import { ReviewSidebar } from "./review-sidebar";
import { selectionOffsets } from "./selection-offsets";
import { ShortcutsDialog } from "./shortcuts-dialog";
import { SpellingWordsProvider } from "./spelling-words";
import type { WorkspaceArticle, WorkspaceParagraph } from "./types";
import { useReviewShortcuts } from "./use-review-shortcuts";

const FULL_RENDER_LIMIT = 150;

interface Props {
  article: WorkspaceArticle;
  initialFlags: Record<number, Flag[]>;
  initialDismissals: DismissalView[];
  initialIgnoredWords: IgnoredWordView[];
  checkTitles: Record<string, string>;
  canEdit: boolean;
}

export function ArticleWorkspace({ article, initialFlags, initialDismissals, initialIgnoredWords, checkTitles, canEdit }: Props) {
  const [paragraphs, setParagraphs] = useState<WorkspaceParagraph[]>(article.paragraphs);
  const [flags, setFlags] = useState(initialFlags);
  const [dismissals, setDismissals] = useState(initialDismissals);
  const [filters, setFilters] = useState<ReviewFilters>(NO_FILTERS);
  const [cursor, setCursor] = useState<Cursor | null>(null);
  const [flagOpen, setFlagOpen] = useState(false);
  const [editingId, setEditingId] = useState<number | null>(null);
  const [globalDiff, setGlobalDiff] = useState<DiffMode>("none");
  const [diffOverrides, setDiffOverrides] = useState<Record<number, DiffMode>>({});
  const [conflicts, setConflicts] = useState<Record<number, string>>({});
  const [historyFor, setHistoryFor] = useState<WorkspaceParagraph | null>(null);
  const [approving, setApproving] = useState<WorkspaceParagraph | null>(null);
  const [annotating, setAnnotating] = useState<AnnotationSpan | null>(null);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [lastCheckMs, setLastCheckMs] = useState<number | null>(null);
  const [machineFlagCount, setMachineFlagCount] = useState<number | null>(null);
  const [pending, startTransition] = useTransition();

  const visible = useMemo(() => visibleParagraphs(paragraphs, flags, filters), [paragraphs, flags, filters]);
  const shownFlags = useMemo(() => {
    const shown: Record<number, number[]> = {};
    for (const p of visible) shown[p.id] = (flags[p.id] ?? []).flatMap((flag, i) => (flagMatches(flag, filters) ? [i] : []));
    return shown;
  }, [visible, flags, filters]);

  const listRef = useRef<HTMLOListElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    const measure = () => listRef.current && setScrollMargin(listRef.current.getBoundingClientRect().top + window.scrollY);
    measure();
    window.addEventListener("resize", measure);
    return () => window.removeEventListener("resize", measure);
  }, [canEdit]);
  const virtualizer = useWindowVirtualizer({
    count: visible.length,
    estimateSize: () => 190,
    // An ordinary article renders whole, so the browser's find-in-page sees every paragraph; only
    // very long ones are windowed.
    overscan: visible.length <= FULL_RENDER_LIMIT ? visible.length : 8,
    scrollMargin,
    getItemKey: (index) => visible[index].id,
  });

  const applyUpdate = useCallback((update: ReviewUpdate | Omit<ReviewUpdate, "paragraph" | "conflict">) => {
    setFlags(update.flags);
    setDismissals(update.dismissals);
    setLastCheckMs(update.checkedInMs);
    if ("paragraph" in update) setParagraphs((list) => list.map((p) => (p.id === update.paragraph.id ? update.paragraph : p)));
  }, []);

  /** Runs a server action; a conflict keeps the reviewer's text on screen beside the newer one. */
  const run = useCallback(
    <T extends ReviewUpdate | Omit<ReviewUpdate, "paragraph" | "conflict">>(
      action: () => Promise<ActionResult<T>>,
      after?: (update: T) => void,
      mine?: { paragraphId: number; text: string },
    ) => {
      startTransition(async () => {
        const result = await action().catch(() => ({ ok: false as const, error: "The server could not be reached; nothing was saved." }));
        if (!result.ok) {
          toast.error(result.error);
          return;
        }
        applyUpdate(result.data);
        if ("conflict" in result.data && result.data.conflict) {
          if (mine) setConflicts((c) => ({ ...c, [mine.paragraphId]: mine.text }));
          else toast.error("Someone changed this paragraph meanwhile: its newer text is now shown.");
          setEditingId(null);
          return;
        }
        after?.(result.data);
      });
    },
    [applyUpdate],
  );

  const scrollToParagraph = useCallback(
    (paragraphId: number) => {
      const index = visible.findIndex((p) => p.id === paragraphId);
      if (index >= 0) virtualizer.scrollToIndex(index, { align: "auto" });
    },
    [visible, virtualizer],
  );

  const clearConflict = (paragraphId: number) =>
    setConflicts((c) => {
      const { [paragraphId]: _, ...rest } = c;
      return rest;
    });

  const handlers: ParagraphHandlers = useMemo(
    () => ({
      select(paragraphId, flagIndex, open = false) {
        setCursor({ paragraphId, flagIndex });
        setFlagOpen(open && flagIndex !== null);
      },
      closeFlag: () => setFlagOpen(false),
      startEdit(paragraphId) {
        setFlagOpen(false);
        setCursor({ paragraphId, flagIndex: null });
        setEditingId(paragraphId);
      },
      cancelEdit: () => setEditingId(null),
      save(paragraph, text, baseVersion) {
        run(
          () => saveParagraph({ paragraphId: paragraph.id, baseVersion, text }),
          (update) => {
            setEditingId(null);
            clearConflict(paragraph.id);
            if ("paragraph" in update && update.paragraph.version !== baseVersion) toast.success(`Paragraph ${paragraph.position + 1} saved`);
          },
          { paragraphId: paragraph.id, text },
        );
      },
      accept(paragraph, flag, suggestion) {
        setFlagOpen(false);
        run(() =>
          acceptSuggestion({
            paragraphId: paragraph.id,
            baseVersion: paragraph.version,
            start: flag.start,
            end: flag.end,
            expected: flag.text,
            replacement: suggestion,
            check: flag.check,
          }),
        );
      },
      dismiss(paragraph, flag, reason) {
        setFlagOpen(false);
        run(() => dismiss({ paragraphId: paragraph.id, check: flag.check, text: flag.text, reason }), () => toast.success("Flag dismissed"));
      },
      approve(paragraph) {
        const blocking = (flags[paragraph.id] ?? []).some((f) => isBlocking(f.severity));
        if (blocking) setApproving(paragraph);
        else run(() => approve({ paragraphId: paragraph.id, baseVersion: paragraph.version }));
      },
      setKind(paragraph, kind: ParagraphKind) {
        run(() => changeParagraphKind({ paragraphId: paragraph.id, baseVersion: paragraph.version, kind }));
      },
      toggleDiff(paragraphId) {
        setDiffOverrides((d) => ({ ...d, [paragraphId]: (d[paragraphId] ?? globalDiff) === "none" ? "inline" : "none" }));
      },
      markError(paragraph) {
        const text = document.querySelector<HTMLElement>(`article[data-paragraph-id="${paragraph.id}"] [data-testid="current-text"]`);
        const offsets = text ? selectionOffsets(text) : null;
        if (!offsets) {
          toast.info("Select the wrong words in the paragraph's current text, then choose Mark error (or press m).");
          return;
        }
        setFlagOpen(false);
        setAnnotating({ paragraphId: paragraph.id, ...offsets, text: paragraph.currentText.slice(offsets.start, offsets.end) });
      },
      openHistory(paragraph) {
        setFlagOpen(false);
        setHistoryFor(paragraph);
      },
      resolveConflict(paragraphId, choice) {
        const paragraph = paragraphs.find((p) => p.id === paragraphId)!;
        const mine = conflicts[paragraphId];
        if (choice === "theirs") clearConflict(paragraphId);
        else if (choice === "merge") setEditingId(paragraphId);
        else handlers.save(paragraph, mine, paragraph.version);
      },
    }),
    [run, flags, globalDiff, paragraphs, conflicts],
  );

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
    enabled: editingId === null && historyFor === null && approving === null && annotating === null,
    onNextFlag: () => move(stepFlag(navItems, cursor, 1), true),
    onPreviousFlag: () => move(stepFlag(navItems, cursor, -1), true),
    onNextParagraph: () => move(stepParagraph(navItems, cursor, 1), false),
    onPreviousParagraph: () => move(stepParagraph(navItems, cursor, -1), false),
    onEdit: () => canEdit && current && handlers.startEdit(current.id),
    onApprove: () => canEdit && current && current.status !== "approved" && handlers.approve(current),
    onAcceptFirst: () => canEdit && current && currentFlag && currentFlag.suggestions.length > 0 && handlers.accept(current, currentFlag, currentFlag.suggestions[0]),
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
                    editing={editingId === p.id}
                    diffMode={diffOverrides[p.id] ?? globalDiff}
                    conflictText={conflicts[p.id] ?? null}
                    pending={pending}
                    handlers={handlers}
                  />
                </li>
              );
            })}
          </ol>
        </div>
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
      </div>
      <ShortcutsDialog open={shortcutsOpen} onOpenChange={setShortcutsOpen} />
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
