"use client";

import { useMemo, type Dispatch, type SetStateAction } from "react";
import { toast } from "sonner";
import type { AnnotationSpan } from "@/components/annotations/annotation-form";
import type { ActionResult } from "@/lib/actions/safe-action";
import { acceptSuggestion, approve, changeParagraphKind, dismiss, saveParagraph, type ReviewUpdate } from "@/lib/actions/review-actions";
import type { Flag, ParagraphKind } from "@/lib/checks/types";
import { isBlocking } from "@/lib/review/highlight";
import type { Cursor } from "@/lib/review/navigation";
import type { PendingMerge } from "./merge-view";
import type { DiffMode, ParagraphHandlers } from "./paragraph-row";
import { selectionOffsets } from "./selection-offsets";
import type { EditSession, WorkspaceParagraph } from "./types";
import type { AcceptedChange } from "./use-accept-undo";
import type { Draft } from "./use-drafts";

export type Update = ReviewUpdate | Omit<ReviewUpdate, "paragraph" | "conflict">;
export type Run = <T extends Update>(action: () => Promise<ActionResult<T>>, after?: (update: T) => void, onConflict?: (update: T) => void) => void;

interface Deps {
  run: Run;
  paragraphs: WorkspaceParagraph[];
  flags: Record<number, Flag[]>;
  globalDiff: DiffMode;
  setCursor: Dispatch<SetStateAction<Cursor | null>>;
  setFlagOpen: Dispatch<SetStateAction<boolean>>;
  setEditing: Dispatch<SetStateAction<EditSession | null>>;
  /** Whether the open editor holds text that differs from where it started. */
  setDirty: (dirty: boolean) => void;
  /** Esc or Cancel in the editor: asks first when the draft is dirty. */
  leaveEditor: () => void;
  setMerges: Dispatch<SetStateAction<Record<number, PendingMerge>>>;
  setDiffOverrides: Dispatch<SetStateAction<Record<number, DiffMode>>>;
  setApproving: Dispatch<SetStateAction<WorkspaceParagraph | null>>;
  setAnnotating: Dispatch<SetStateAction<AnnotationSpan | null>>;
  setHistoryFor: Dispatch<SetStateAction<WorkspaceParagraph | null>>;
  keepDraft: (paragraphId: number, baseVersion: number, text: string) => void;
  forgetDraft: (paragraphId: number) => void;
  accepted: (change: AcceptedChange) => void;
}

const without = <T,>(record: Record<number, T>, id: number) => {
  const { [id]: _, ...rest } = record;
  return rest;
};

/** What a paragraph card can ask of the workspace. */
export function useParagraphHandlers(d: Deps): ParagraphHandlers {
  const { run, paragraphs, flags, globalDiff } = d;
  return useMemo(() => {
    const closeEditor = () => {
      d.setEditing(null);
      d.setDirty(false);
    };
    const openEditor = (session: EditSession) => {
      d.setFlagOpen(false);
      d.setCursor({ paragraphId: session.paragraphId, flagIndex: null });
      d.setDirty(session.startText !== session.baseText);
      d.setEditing(session);
    };
    const edit = (paragraph: WorkspaceParagraph, text: string, baseVersion: number, mergedFrom?: number) => {
      const label = `Paragraph ${paragraph.position + 1}`;
      run(
        () => saveParagraph({ paragraphId: paragraph.id, baseVersion, text, mergedFrom }),
        (update) => {
          closeEditor();
          d.forgetDraft(paragraph.id);
          d.setMerges((m) => without(m, paragraph.id));
          if (update.merged) {
            const who = update.merged.withAuthor ?? "someone";
            toast.success(`${label} saved: your edit was merged with ${who}'s version ${update.merged.withVersion} (now version ${update.paragraph.version}).`, { duration: 10_000 });
          } else if (update.paragraph.version !== baseVersion) toast.success(`${label} saved`);
        },
        (update) => {
          closeEditor();
          const parts = update.merge?.parts ?? [{ kind: "conflict" as const, base: "", mine: text, theirs: update.paragraph.currentText }];
          d.setMerges((m) => ({ ...m, [paragraph.id]: { mine: text, baseVersion: update.merge?.baseVersion ?? baseVersion, parts } }));
        },
      );
    };
    const handlers: ParagraphHandlers = {
      select(paragraphId, flagIndex, open = false) {
        d.setCursor({ paragraphId, flagIndex });
        d.setFlagOpen(open && flagIndex !== null);
      },
      closeFlag: () => d.setFlagOpen(false),
      startEdit(paragraphId, from) {
        const p = paragraphs.find((x) => x.id === paragraphId)!;
        openEditor({ paragraphId, baseVersion: p.version, baseText: p.currentText, startText: p.currentText, ...from });
      },
      cancelEdit: d.leaveEditor,
      draftChanged(session, text) {
        d.setDirty(text !== session.baseText);
        if (text !== session.baseText) d.keepDraft(session.paragraphId, session.baseVersion, text);
      },
      resumeDraft(draft: Draft) {
        const p = paragraphs.find((x) => x.id === draft.paragraphId)!;
        // Started from an older version: its save merges with what was saved since.
        openEditor({ paragraphId: p.id, baseVersion: draft.baseVersion, baseText: p.currentText, startText: draft.text });
      },
      discardDraft: d.forgetDraft,
      save: (paragraph, text, baseVersion) => edit(paragraph, text, baseVersion),
      saveMerge: (paragraph, merge, text) => edit(paragraph, text, paragraph.version, merge.baseVersion),
      editMerge(paragraph, text) {
        d.setMerges((m) => without(m, paragraph.id));
        openEditor({ paragraphId: paragraph.id, baseVersion: paragraph.version, baseText: paragraph.currentText, startText: text });
      },
      discardMine(paragraphId) {
        d.setMerges((m) => without(m, paragraphId));
        d.forgetDraft(paragraphId);
      },
      accept(paragraph, flag, suggestion) {
        d.setFlagOpen(false);
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
            const replaced = suggestion === "" ? `removed “${flag.text}”` : `“${flag.text}” → “${suggestion}”`;
            d.accepted({ paragraphId: paragraph.id, version: update.paragraph.version, label: `Paragraph ${paragraph.position + 1}: ${replaced}` });
          },
        );
      },
      dismiss(paragraph, flag, reason) {
        d.setFlagOpen(false);
        run(() => dismiss({ paragraphId: paragraph.id, check: flag.check, text: flag.text, reason }), () => toast.success("Flag dismissed"));
      },
      approve(paragraph) {
        const blocking = (flags[paragraph.id] ?? []).some((f) => isBlocking(f.severity));
        if (blocking) d.setApproving(paragraph);
        else run(() => approve({ paragraphId: paragraph.id, baseVersion: paragraph.version }));
      },
      setKind(paragraph, kind: ParagraphKind) {
        run(() => changeParagraphKind({ paragraphId: paragraph.id, baseVersion: paragraph.version, kind }));
      },
      toggleDiff(paragraphId) {
        d.setDiffOverrides((o) => ({ ...o, [paragraphId]: (o[paragraphId] ?? globalDiff) === "none" ? "inline" : "none" }));
      },
      markError(paragraph) {
        const text = document.querySelector<HTMLElement>(`article[data-paragraph-id="${paragraph.id}"] [data-testid="current-text"]`);
        const offsets = text ? selectionOffsets(text) : null;
        if (!offsets) {
          toast.info("Select the wrong words in the paragraph's current text, then choose Mark error (or press m).");
          return;
        }
        d.setFlagOpen(false);
        d.setAnnotating({ paragraphId: paragraph.id, ...offsets, text: paragraph.currentText.slice(offsets.start, offsets.end) });
      },
      openHistory(paragraph) {
        d.setFlagOpen(false);
        d.setHistoryFor(paragraph);
      },
    };
    return handlers;
    // The setters and callbacks in `d` are stable; the data below is what the handlers read.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [run, paragraphs, flags, globalDiff]);
}
