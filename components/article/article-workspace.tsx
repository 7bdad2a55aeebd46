"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useLayoutEffect, useMemo, useReducer, useRef } from "react";
import { toast } from "sonner";
import { undoChange } from "@/lib/actions/undo-change";
import { approveParagraph } from "@/lib/actions/approve-paragraph";
import { countMachineFlags } from "@/lib/actions/count-machine-flags";
import { restoreDismissal } from "@/lib/actions/restore-dismissal";
import type { DismissalView } from "@/lib/data/dismissals";
import type { IgnoredWordView } from "@/lib/data/ignored-words";
import { countFlags, flagMatches, visibleParagraphs } from "@/lib/review/filters";
import { ArticleHeader } from "./article-header";
import { ParagraphList } from "./paragraph-list";
import { ReviewDrawer } from "./review-drawer";
import { initialReviewState, reviewReducer, type Update } from "./review-state";
import { ReviewSidebar } from "./review-sidebar";
import { SpellingWordsProvider } from "./spelling-words";
import type { WorkspaceArticle } from "./types";
import { useActionRunner } from "./use-action-runner";
import { useAcceptUndo, type AcceptedChange } from "./use-accept-undo";
import { useDrafts } from "./use-drafts";
import { useFlagCursor } from "./use-flag-cursor";
import { useLeaveGuard } from "./use-leave-guard";
import { useParagraphHandlers } from "./use-paragraph-handlers";
import { useParagraphWindow } from "./use-paragraph-window";
import { useReviewShortcuts } from "./use-review-shortcuts";
import { WorkspaceDialogs } from "./workspace-dialogs";
import { CollaborationBar } from "@/components/live/collaboration-bar";
import { useCollaboration } from "@/components/live/use-collaboration";
import type { CommentActor } from "@/lib/auth/permissions/comment";
import type { ThreadView } from "@/lib/services/comment-threads";
import type { Flag } from "@/lib/domain";

interface Props {
  article: WorkspaceArticle;
  initialFlags: Record<number, Flag[]>;
  initialDismissals: DismissalView[];
  initialIgnoredWords: IgnoredWordView[];
  checkTitles: Record<string, string>;
  canEdit: boolean;
  me: CommentActor;
  archived: boolean;
  initialThreads: ThreadView[];
}

export function ArticleWorkspace({ article, initialFlags, initialDismissals, initialIgnoredWords, checkTitles, canEdit, me, archived, initialThreads }: Props) {
  const t = useTranslations("workspace");
  const [state, dispatch] = useReducer(reviewReducer, undefined, () => initialReviewState(article.paragraphs, initialFlags, initialDismissals));
  const { paragraphs, flags, filters, editing, merges } = state;
  const { drafts, keep: keepDraft, forget: forgetDraft } = useDrafts(useMemo(() => article.paragraphs.map((p) => p.id), [article.paragraphs]));

  // The paragraph window is made after the list it windows; the comments' jump to a paragraph goes through this ref.
  const scrollRef = useRef<(paragraphId: number) => void>(() => {});
  const collab = useCollaboration({ articleId: article.id, me, archived, initialThreads, state, dispatch, drafts, scrollToParagraph: (id) => scrollRef.current(id) });
  const { filterVisible } = collab;
  const visible = useMemo(() => filterVisible(visibleParagraphs(paragraphs, flags, filters)), [paragraphs, flags, filters, filterVisible]);
  const shownFlags = useMemo(() => {
    const shown: Record<number, number[]> = {};
    for (const p of visible) shown[p.id] = (flags[p.id] ?? []).flatMap((flag, i) => (flagMatches(flag, filters) ? [i] : []));
    return shown;
  }, [visible, flags, filters]);
  const paragraphWindow = useParagraphWindow(visible, canEdit);
  useLayoutEffect(() => {
    scrollRef.current = paragraphWindow.scrollToParagraph;
  });
  const cursor = useFlagCursor({ state, dispatch, visible, shownFlags, scrollToParagraph: paragraphWindow.scrollToParagraph });

  const applyUpdate = useCallback((update: Update) => dispatch({ type: "updated", update }), []);
  const { run, pending } = useActionRunner(applyUpdate);

  const undo = useCallback(
    (change: AcceptedChange) =>
      run(
        () => undoChange({ paragraphId: change.paragraphId, version: change.version }),
        () => toast.success(t("toast.undone", { label: change.label })),
        () => toast.error(t("toast.undoConflict")),
      ),
    [run, t],
  );
  const { accepted, undoLast } = useAcceptUndo(undo);
  const leavePage = useLeaveGuard(state.dirty || Object.keys(merges).length > 0, (href) => dispatch({ type: "leaving", leaving: { to: "link", href } }));
  const handlers = useParagraphHandlers({ run, state, dispatch, keepDraft, forgetDraft, accepted });

  const { current, currentFlag } = cursor;
  useReviewShortcuts({
    enabled: editing === null && state.historyFor === null && state.approving === null && state.annotating === null && state.leaving === null,
    onNextFlag: cursor.nextFlag,
    onPreviousFlag: cursor.previousFlag,
    onNextParagraph: cursor.nextParagraph,
    onPreviousParagraph: cursor.previousParagraph,
    onEdit: () => canEdit && current && handlers.startEdit(current.id),
    onApprove: () => canEdit && current && current.status !== "approved" && handlers.approve(current),
    onAcceptFirst: () => canEdit && current && currentFlag && currentFlag.suggestions.length > 0 && !pending && handlers.accept(current, currentFlag, currentFlag.suggestions[0]),
    onUndo: () => canEdit && !pending && undoLast(),
    onDismiss: () => canEdit && current && currentFlag && handlers.dismiss(current, currentFlag, ""),
    onHistory: () => current && handlers.openHistory(current),
    onDiff: () => current && handlers.toggleDiff(current.id),
    onMarkError: () => canEdit && current && handlers.markError(current),
    onHelp: () => {
      dispatch({ type: "flagClosed" });
      dispatch({ type: "shortcutsShown", open: true });
    },
  });

  useEffect(() => {
    let live = true;
    countMachineFlags({ articleId: article.id }).then((result) => live && result.ok && dispatch({ type: "machineFlagsCounted", count: result.data }));
    return () => {
      live = false;
    };
  }, [article.id]);

  return (
    <SpellingWordsProvider
      articleId={article.id}
      locale={article.locale}
      canEdit={canEdit}
      initialIgnoredWords={initialIgnoredWords}
      onStart={() => dispatch({ type: "flagClosed" })}
      onFlags={applyUpdate}
      className="space-y-4"
    >
      <ArticleHeader article={article} paragraphs={paragraphs} canEdit={canEdit} />
      {!canEdit ? (
        <p className="rounded-md bg-stone-100 px-3 py-2 text-sm text-stone-700">{t("readOnly")}</p>
      ) : null}
      <div className="grid gap-5 lg:grid-cols-[minmax(0,1fr)_17rem]">
        <div className="min-w-0 space-y-3">
          <CollaborationBar collab={collab} onShow={(paragraphId) => cursor.move({ paragraphId, flagIndex: null }, false)} />
          {visible.length === 0 ? (
            <p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-center text-sm text-stone-600">
              {t("noMatch")}
            </p>
          ) : null}
          <ParagraphList
            {...{ state, visible, shownFlags, paragraphWindow, drafts, checkTitles, canEdit, pending, handlers }}
            below={collab.below}
            locale={article.locale}
          />
        </div>
        <ReviewDrawer summary={t("openSummary", { count: countFlags(flags).total })}>
          <ReviewSidebar
            paragraphs={paragraphs}
            flags={flags}
            machineFlagCount={state.machineFlagCount}
            dismissals={state.dismissals}
            checkTitles={checkTitles}
            filters={filters}
            onFilters={(next) => dispatch({ type: "filtered", filters: next })}
            diffMode={state.globalDiff}
            onDiffMode={(mode) => dispatch({ type: "diffModeChosen", mode })}
            visibleCount={visible.length}
            canEdit={canEdit}
            pending={pending}
            lastCheckMs={state.lastCheckMs}
            onRestoreDismissal={(id) => run(() => restoreDismissal({ dismissalId: id }), () => toast.success(t("toast.flagRestored")))}
            onShowDismissal={(paragraphId) => cursor.move({ paragraphId, flagIndex: null }, false)}
            onShortcuts={() => dispatch({ type: "shortcutsShown", open: true })}
          />
        </ReviewDrawer>
      </div>
      <WorkspaceDialogs
        state={state}
        dispatch={dispatch}
        locale={article.locale}
        canEdit={canEdit}
        onUpdate={applyUpdate}
        onApprove={(paragraphId, baseVersion) => run(() => approveParagraph({ paragraphId, baseVersion }))}
        onLeavePage={leavePage}
        forgetDraft={forgetDraft}
      />
    </SpellingWordsProvider>
  );
}
