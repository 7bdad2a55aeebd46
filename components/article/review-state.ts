import type { AnnotationSpan } from "@/components/annotations/annotation-form";
import type { ReviewUpdate } from "@/lib/actions/review-update";
import type { DismissalView } from "@/lib/data/dismissals";
import { NO_FILTERS, type ReviewFilters } from "@/lib/review/filters";
import type { Cursor } from "@/lib/review/navigation";
import type { PendingMerge } from "./merge-view";
import type { DiffMode } from "./paragraph-row";
import type { EditSession, WorkspaceParagraph } from "./types";
import type { Flag } from "@/lib/domain";

/** What the server answers after a change: the re-checked flags, and the paragraph when one changed. */
export type Update = ReviewUpdate | Omit<ReviewUpdate, "paragraph" | "conflict">;

/** Leaving an edit: Esc or Cancel in the editor, or a link followed while editing. */
export type Leaving = { to: "editor" } | { to: "link"; href: string };

export interface ReviewState {
  paragraphs: WorkspaceParagraph[];
  flags: Record<number, Flag[]>;
  dismissals: DismissalView[];
  filters: ReviewFilters;
  cursor: Cursor | null;
  flagOpen: boolean;
  editing: EditSession | null;
  /** Whether the open editor holds text that differs from where it started. */
  dirty: boolean;
  leaving: Leaving | null;
  globalDiff: DiffMode;
  diffOverrides: Record<number, DiffMode>;
  merges: Record<number, PendingMerge>;
  historyFor: WorkspaceParagraph | null;
  approving: WorkspaceParagraph | null;
  annotating: AnnotationSpan | null;
  shortcutsOpen: boolean;
  lastCheckMs: number | null;
  machineFlagCount: number | null;
}

export type ReviewAction =
  | { type: "updated"; update: Update }
  /** Paragraphs saved by others: only newer versions replace ours. */
  | { type: "changedElsewhere"; changed: WorkspaceParagraph[]; update: Update }
  | { type: "filtered"; filters: ReviewFilters }
  | { type: "machineFlagsCounted"; count: number }
  /** The flag's popover opens only when asked and when the cursor is on a flag. */
  | { type: "selected"; cursor: Cursor; open: boolean }
  | { type: "flagClosed" }
  | { type: "editorOpened"; session: EditSession }
  | { type: "editorClosed" }
  | { type: "draftChanged"; dirty: boolean }
  /** Esc or Cancel: a dirty editor asks first. */
  | { type: "editorLeft" }
  | { type: "leaving"; leaving: Leaving | null }
  | { type: "mergePending"; paragraphId: number; merge: PendingMerge }
  | { type: "mergeSettled"; paragraphId: number }
  | { type: "diffModeChosen"; mode: DiffMode }
  | { type: "diffToggled"; paragraphId: number }
  | { type: "historyShown"; paragraph: WorkspaceParagraph | null }
  | { type: "approvalAsked"; paragraph: WorkspaceParagraph | null }
  | { type: "annotationStarted"; span: AnnotationSpan | null }
  | { type: "shortcutsShown"; open: boolean };

export function initialReviewState(paragraphs: WorkspaceParagraph[], flags: Record<number, Flag[]>, dismissals: DismissalView[]): ReviewState {
  return {
    paragraphs,
    flags,
    dismissals,
    filters: NO_FILTERS,
    cursor: null,
    flagOpen: false,
    editing: null,
    dirty: false,
    leaving: null,
    globalDiff: "none",
    diffOverrides: {},
    merges: {},
    historyFor: null,
    approving: null,
    annotating: null,
    shortcutsOpen: false,
    lastCheckMs: null,
    machineFlagCount: null,
  };
}

function applyUpdate(state: ReviewState, update: Update): ReviewState {
  const next = { ...state, flags: update.flags, dismissals: update.dismissals, lastCheckMs: update.checkedInMs };
  if (!("paragraph" in update)) return next;
  return { ...next, paragraphs: state.paragraphs.map((p) => (p.id === update.paragraph.id ? update.paragraph : p)) };
}

function without<T>(record: Record<number, T>, id: number): Record<number, T> {
  const { [id]: _, ...rest } = record;
  return rest;
}

const closedEditor = { editing: null, dirty: false } as const;

export function reviewReducer(state: ReviewState, action: ReviewAction): ReviewState {
  switch (action.type) {
    case "updated":
      return applyUpdate(state, action.update);
    case "changedElsewhere": {
      const byId = new Map(action.changed.map((p) => [p.id, p]));
      const paragraphs = state.paragraphs.map((p) => {
        const theirs = byId.get(p.id);
        // An approval keeps the version: the same version with another status or approval is news too.
        const newer = theirs && (theirs.version > p.version || (theirs.version === p.version && (theirs.status !== p.status || String(theirs.approvedAt) !== String(p.approvedAt))));
        return newer ? theirs : p;
      });
      return applyUpdate({ ...state, paragraphs }, action.update);
    }
    case "filtered":
      return { ...state, filters: action.filters };
    case "machineFlagsCounted":
      return { ...state, machineFlagCount: action.count };
    case "selected":
      return { ...state, cursor: action.cursor, flagOpen: action.open && action.cursor.flagIndex !== null };
    case "flagClosed":
      return { ...state, flagOpen: false };
    case "editorOpened": {
      const { session } = action;
      return { ...state, flagOpen: false, cursor: { paragraphId: session.paragraphId, flagIndex: null }, dirty: session.startText !== session.baseText, editing: session };
    }
    case "editorClosed":
      return { ...state, ...closedEditor };
    case "draftChanged":
      return { ...state, dirty: action.dirty };
    case "editorLeft":
      return state.dirty ? { ...state, leaving: { to: "editor" } } : { ...state, ...closedEditor };
    case "leaving":
      return { ...state, leaving: action.leaving };
    case "mergePending":
      return { ...state, merges: { ...state.merges, [action.paragraphId]: action.merge } };
    case "mergeSettled":
      return { ...state, merges: without(state.merges, action.paragraphId) };
    case "diffModeChosen":
      return { ...state, globalDiff: action.mode, diffOverrides: {} };
    case "diffToggled": {
      const mode = (state.diffOverrides[action.paragraphId] ?? state.globalDiff) === "none" ? "inline" : "none";
      return { ...state, diffOverrides: { ...state.diffOverrides, [action.paragraphId]: mode } };
    }
    case "historyShown":
      return { ...state, flagOpen: action.paragraph ? false : state.flagOpen, historyFor: action.paragraph };
    case "approvalAsked":
      return { ...state, approving: action.paragraph };
    case "annotationStarted":
      return { ...state, flagOpen: action.span ? false : state.flagOpen, annotating: action.span };
    case "shortcutsShown":
      return { ...state, shortcutsOpen: action.open };
  }
}
