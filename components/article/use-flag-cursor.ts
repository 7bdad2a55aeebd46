"use client";

import { useCallback, useEffect, useMemo, type Dispatch } from "react";
import { stepFlag, stepParagraph, type Cursor } from "@/lib/review/navigation";
import type { ReviewAction, ReviewState } from "./review-state";
import type { WorkspaceParagraph } from "./types";
import type { Flag } from "@/lib/domain";

interface Options {
  state: ReviewState;
  dispatch: Dispatch<ReviewAction>;
  visible: readonly WorkspaceParagraph[];
  /** Per shown paragraph, the indexes of its flags that pass the filters. */
  shownFlags: Record<number, number[]>;
  scrollToParagraph: (paragraphId: number) => void;
}

/** The reviewer's place among the shown paragraphs and flags, moved by the keyboard and kept in view. */
export function useFlagCursor({ state, dispatch, visible, shownFlags, scrollToParagraph }: Options) {
  const { cursor, paragraphs, flags, filters } = state;
  const navItems = useMemo(() => visible.map((p) => ({ id: p.id, flagIndexes: shownFlags[p.id] ?? [] })), [visible, shownFlags]);
  const current = cursor ? paragraphs.find((p) => p.id === cursor.paragraphId) ?? null : null;
  const currentFlag: Flag | undefined = current && cursor?.flagIndex != null ? (flags[current.id] ?? [])[cursor.flagIndex] : undefined;

  const move = useCallback(
    (next: Cursor | null, open: boolean) => {
      if (!next) return;
      dispatch({ type: "selected", cursor: next, open });
      scrollToParagraph(next.paragraphId);
    },
    [dispatch, scrollToParagraph],
  );

  // Keep a selected paragraph in view when filters reshuffle the list.
  useEffect(() => {
    if (cursor) scrollToParagraph(cursor.paragraphId);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [filters]);

  return {
    current,
    currentFlag,
    move,
    nextFlag: () => move(stepFlag(navItems, cursor, 1), true),
    previousFlag: () => move(stepFlag(navItems, cursor, -1), true),
    nextParagraph: () => move(stepParagraph(navItems, cursor, 1), false),
    previousParagraph: () => move(stepParagraph(navItems, cursor, -1), false),
  };
}
