"use client";

import { useTranslations } from "next-intl";
import { useMemo, type Dispatch } from "react";
import { toast } from "sonner";
import type { ActionResult } from "@/lib/actions/safe-action";
import { acceptSuggestion } from "@/lib/actions/accept-suggestion";
import { approveParagraph } from "@/lib/actions/approve-paragraph";
import { changeParagraphKind } from "@/lib/actions/change-paragraph-kind";
import { dismissFlag } from "@/lib/actions/dismiss-flag";
import { saveParagraph } from "@/lib/actions/save-paragraph";
import { isBlocking } from "@/lib/review/highlight";
import type { ParagraphHandlers } from "./paragraph-row";
import type { ReviewAction, ReviewState, Update } from "./review-state";
import { selectionOffsets } from "./selection-offsets";
import type { EditSession, WorkspaceParagraph } from "./types";
import type { AcceptedChange } from "./use-accept-undo";
import type { Draft } from "./use-drafts";
import type { ParagraphKind } from "@/lib/domain";

export type Run = <T extends Update>(action: () => Promise<ActionResult<T>>, after?: (update: T) => void, onConflict?: (update: T) => void) => void;

interface Options {
  run: Run;
  state: Pick<ReviewState, "paragraphs" | "flags">;
  dispatch: Dispatch<ReviewAction>;
  keepDraft: (paragraphId: number, baseVersion: number, text: string) => void;
  forgetDraft: (paragraphId: number) => void;
  accepted: (change: AcceptedChange) => void;
}

/** What a paragraph card can ask of the workspace. */
export function useParagraphHandlers({ run, state, dispatch, keepDraft, forgetDraft, accepted }: Options): ParagraphHandlers {
  const { paragraphs, flags } = state;
  const t = useTranslations("workspace");
  return useMemo(() => {
    const closeEditor = () => dispatch({ type: "editorClosed" });
    const openEditor = (session: EditSession) => dispatch({ type: "editorOpened", session });
    const edit = (paragraph: WorkspaceParagraph, text: string, baseVersion: number, mergedFrom?: number) => {
      const number = paragraph.position + 1;
      run(
        () => saveParagraph({ paragraphId: paragraph.id, baseVersion, text, mergedFrom }),
        (update) => {
          closeEditor();
          forgetDraft(paragraph.id);
          dispatch({ type: "mergeSettled", paragraphId: paragraph.id });
          if (update.merged) {
            const name = update.merged.withAuthor ?? t("someone");
            toast.success(t("toast.merged", { number, name, theirs: update.merged.withVersion, version: update.paragraph.version }), { duration: 10_000 });
          } else if (update.paragraph.version !== baseVersion) toast.success(t("toast.saved", { number }));
        },
        (update) => {
          closeEditor();
          const parts = update.merge?.parts ?? [{ kind: "conflict" as const, base: "", mine: text, theirs: update.paragraph.currentText }];
          dispatch({ type: "mergePending", paragraphId: paragraph.id, merge: { mine: text, baseVersion: update.merge?.baseVersion ?? baseVersion, parts } });
        },
      );
    };
    const handlers: ParagraphHandlers = {
      select: (paragraphId, flagIndex, open = false) => dispatch({ type: "selected", cursor: { paragraphId, flagIndex }, open }),
      closeFlag: () => dispatch({ type: "flagClosed" }),
      startEdit(paragraphId, from) {
        const p = paragraphs.find((x) => x.id === paragraphId)!;
        openEditor({ paragraphId, baseVersion: p.version, baseText: p.currentText, startText: p.currentText, ...from });
      },
      cancelEdit: () => dispatch({ type: "editorLeft" }),
      draftChanged(session, text) {
        dispatch({ type: "draftChanged", dirty: text !== session.baseText });
        if (text !== session.baseText) keepDraft(session.paragraphId, session.baseVersion, text);
      },
      resumeDraft(draft: Draft) {
        const p = paragraphs.find((x) => x.id === draft.paragraphId)!;
        // Started from an older version: its save merges with what was saved since.
        openEditor({ paragraphId: p.id, baseVersion: draft.baseVersion, baseText: p.currentText, startText: draft.text });
      },
      discardDraft: forgetDraft,
      save: (paragraph, text, baseVersion) => edit(paragraph, text, baseVersion),
      saveMerge: (paragraph, merge, text) => edit(paragraph, text, paragraph.version, merge.baseVersion),
      editMerge(paragraph, text) {
        dispatch({ type: "mergeSettled", paragraphId: paragraph.id });
        openEditor({ paragraphId: paragraph.id, baseVersion: paragraph.version, baseText: paragraph.currentText, startText: text });
      },
      discardMine(paragraphId) {
        dispatch({ type: "mergeSettled", paragraphId });
        forgetDraft(paragraphId);
      },
      accept(paragraph, flag, suggestion) {
        dispatch({ type: "flagClosed" });
        run(
          () =>
            acceptSuggestion({
              paragraphId: paragraph.id,
              baseVersion: paragraph.version,
              start: flag.start,
              end: flag.end,
              expected: flag.text,
              replacement: suggestion,
              check: flag.check,
            }),
          (update) => {
            if (update.paragraph.version === paragraph.version) return;
            const values = { number: paragraph.position + 1, from: flag.text, to: suggestion };
            const label = suggestion === "" ? t("toast.acceptedRemoval", values) : t("toast.accepted", values);
            accepted({ paragraphId: paragraph.id, version: update.paragraph.version, label });
          },
        );
      },
      dismiss(paragraph, flag, reason) {
        dispatch({ type: "flagClosed" });
        run(() => dismissFlag({ paragraphId: paragraph.id, check: flag.check, text: flag.text, reason }), () => toast.success(t("toast.flagDismissed")));
      },
      approve(paragraph) {
        const blocking = (flags[paragraph.id] ?? []).some((f) => isBlocking(f.severity));
        if (blocking) dispatch({ type: "approvalAsked", paragraph });
        else run(() => approveParagraph({ paragraphId: paragraph.id, baseVersion: paragraph.version }));
      },
      setKind(paragraph, kind: ParagraphKind) {
        run(() => changeParagraphKind({ paragraphId: paragraph.id, baseVersion: paragraph.version, kind }));
      },
      toggleDiff: (paragraphId) => dispatch({ type: "diffToggled", paragraphId }),
      markError(paragraph) {
        const text = document.querySelector<HTMLElement>(`article[data-paragraph-id="${paragraph.id}"] [data-testid="current-text"]`);
        const offsets = text ? selectionOffsets(text) : null;
        if (!offsets) {
          toast.info(t("toast.selectFirst"));
          return;
        }
        dispatch({ type: "annotationStarted", span: { paragraphId: paragraph.id, ...offsets, text: paragraph.currentText.slice(offsets.start, offsets.end) } });
      },
      openHistory: (paragraph) => dispatch({ type: "historyShown", paragraph }),
    };
    return handlers;
  }, [run, paragraphs, flags, dispatch, keepDraft, forgetDraft, accepted, t]);
}
