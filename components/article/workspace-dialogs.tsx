"use client";

import { useTranslations } from "next-intl";
import type { Dispatch } from "react";
import { isBlocking } from "@/lib/review/highlight";
import { AnnotateDialog } from "./annotate-dialog";
import { ApproveDialog } from "./approve-dialog";
import { ConfirmDialog } from "./confirm-dialog";
import { HistoryDialog } from "./history-dialog";
import type { ReviewAction, ReviewState, Update } from "./review-state";
import { ShortcutsDialog } from "./shortcuts-dialog";

interface Props {
  state: ReviewState;
  dispatch: Dispatch<ReviewAction>;
  locale: string;
  canEdit: boolean;
  onUpdate: (update: Update) => void;
  onApprove: (paragraphId: number, baseVersion: number) => void;
  /** The reviewer chose to follow the held link. */
  onLeavePage: (href: string) => void;
  forgetDraft: (paragraphId: number) => void;
}

/** The workspace's modal questions: leaving an edit, history, marking an error, approving despite flags, the keys. */
export function WorkspaceDialogs({ state, dispatch, locale, canEdit, onUpdate, onApprove, onLeavePage, forgetDraft }: Props) {
  const t = useTranslations("workspace.leave");
  const { leaving, editing, historyFor, annotating, approving, paragraphs, flags } = state;
  const editedNumber = paragraphs.find((p) => p.id === editing?.paragraphId)?.position;
  return (
    <>
      <ShortcutsDialog open={state.shortcutsOpen} onOpenChange={(open) => dispatch({ type: "shortcutsShown", open })} />
      {leaving ? (
        <ConfirmDialog
          title={leaving.to === "editor" ? t("discardTitle") : t("leaveTitle")}
          stayLabel={t("keepEditing")}
          leaveLabel={leaving.to === "editor" ? t("discard") : t("leave")}
          onStay={() => dispatch({ type: "leaving", leaving: null })}
          onLeave={() => {
            dispatch({ type: "leaving", leaving: null });
            // The draft stays in this browser and is offered on return.
            if (leaving.to === "link") return onLeavePage(leaving.href);
            if (editing) forgetDraft(editing.paragraphId);
            dispatch({ type: "editorClosed" });
          }}
        >
          {leaving.to === "editor"
            ? t("discardBody", { number: (editedNumber ?? 0) + 1 })
            : t("leaveBody")}
        </ConfirmDialog>
      ) : null}
      {historyFor ? (
        <HistoryDialog
          paragraph={paragraphs.find((p) => p.id === historyFor.id) ?? historyFor}
          canEdit={canEdit}
          locale={locale}
          onClose={() => dispatch({ type: "historyShown", paragraph: null })}
          onRestored={onUpdate}
        />
      ) : null}
      {annotating ? <AnnotateDialog span={annotating} onClose={() => dispatch({ type: "annotationStarted", span: null })} /> : null}
      {approving ? (
        <ApproveDialog
          paragraph={approving}
          flags={(flags[approving.id] ?? []).filter((f) => isBlocking(f.severity))}
          onCancel={() => dispatch({ type: "approvalAsked", paragraph: null })}
          onConfirm={() => {
            dispatch({ type: "approvalAsked", paragraph: null });
            onApprove(approving.id, approving.version);
          }}
        />
      ) : null}
    </>
  );
}
