"use client";

import { useEffect, useEffectEvent } from "react";

export interface ReviewShortcutHandlers {
  enabled: boolean;
  onNextFlag: () => void;
  onPreviousFlag: () => void;
  onNextParagraph: () => void;
  onPreviousParagraph: () => void;
  onEdit: () => void;
  onApprove: () => void;
  onAcceptFirst: () => void;
  onUndo: () => void;
  onDismiss: () => void;
  onHistory: () => void;
  onDiff: () => void;
  onMarkError: () => void;
  onHelp: () => void;
}

/** The keys, as the shortcuts dialog lists them; each action is its key in `workspace.shortcuts.action`. */
export const SHORTCUTS = [
  { keys: ["j"], action: "nextFlag" },
  { keys: ["k"], action: "previousFlag" },
  { keys: ["]"], action: "nextParagraph" },
  { keys: ["["], action: "previousParagraph" },
  { keys: ["e"], action: "edit" },
  { keys: ["Ctrl", "Enter"], action: "save" },
  { keys: ["Esc"], action: "cancel" },
  { keys: ["Enter"], action: "accept" },
  { keys: ["Ctrl", "Z"], action: "undo" },
  { keys: ["x"], action: "dismiss" },
  { keys: ["a"], action: "approve" },
  { keys: ["d"], action: "diff" },
  { keys: ["h"], action: "history" },
  { keys: ["m"], action: "markError" },
  { keys: ["?"], action: "help" },
] as const;

function typing(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  if (!element) return false;
  return element.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(element.tagName);
}

// Enter on one of these is that control's own action (a suggestion, "Not an error", a link). A flag's mark is
// a button only for the mouse: Enter there, on the popover's box or anywhere else accepts the first suggestion.
const OWN_ENTER = "button, a[href], summary, [role=checkbox], [role=radio], [role=switch], [role=tab], [role=menuitem], [role=option]";

export function ownsEnter(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return Boolean(element?.matches?.(OWN_ENTER) && !element.matches("mark[data-flag]"));
}

export function useReviewShortcuts(handlers: ReviewShortcutHandlers) {
  // An effect event sees the latest handlers without re-subscribing on every render.
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    const h = handlers;
    if (!h.enabled || event.altKey || typing(event.target)) return;
    if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === "z") {
      event.preventDefault();
      h.onUndo();
      return;
    }
    if (event.ctrlKey || event.metaKey) return;
    if (event.key === "Enter" && ownsEnter(event.target)) return;
    const action: Record<string, (() => void) | undefined> = {
      j: h.onNextFlag,
      k: h.onPreviousFlag,
      "]": h.onNextParagraph,
      "[": h.onPreviousParagraph,
      e: h.onEdit,
      a: h.onApprove,
      Enter: h.onAcceptFirst,
      x: h.onDismiss,
      h: h.onHistory,
      d: h.onDiff,
      m: h.onMarkError,
      "?": h.onHelp,
    };
    const run = action[event.key];
    if (!run) return;
    event.preventDefault();
    run();
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    document.addEventListener("keydown", listener);
    return () => document.removeEventListener("keydown", listener);
  }, []);
}
