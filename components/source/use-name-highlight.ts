"use client";

import { useEffect, type RefObject } from "react";
import { nameMarks } from "@/lib/review/name-marks";
import { textRanges } from "./text-ranges";

/** The CSS highlight (`::highlight(lapidar-source-name)` in globals.css) that marks aligned names in the Portuguese. */
const HIGHLIGHT = "lapidar-source-name";
const TEXTS = '[data-testid="current-text"], [data-testid="machine-text"]';

const ranges = new Map<object, Range[]>();

function publish() {
  CSS.highlights.set(HIGHLIGHT, new Highlight(...[...ranges.values()].flat()));
}

/**
 * Marks where the paragraph's Portuguese writes the source's names. The Custom Highlight API marks them without
 * touching the flagged text's markup, so the flags' marks, popovers and offsets stay as they are; the marks follow
 * the text as it is re-rendered (a save, a filter) because they are re-read on every change of the row.
 */
export function useNameHighlight(anchor: RefObject<HTMLElement | null>, forms: readonly string[]) {
  useEffect(() => {
    const row = anchor.current?.closest("article");
    if (!row || typeof CSS === "undefined" || !("highlights" in CSS) || forms.length === 0) return;
    const key = {};
    const update = () => {
      const found = [...row.querySelectorAll(TEXTS)].flatMap((element) => textRanges(element, nameMarks(element.textContent ?? "", forms)));
      ranges.set(key, found);
      publish();
    };
    update();
    const observer = new MutationObserver(update);
    observer.observe(row, { subtree: true, childList: true, characterData: true });
    return () => {
      observer.disconnect();
      ranges.delete(key);
      publish();
    };
  }, [anchor, forms]);
}
