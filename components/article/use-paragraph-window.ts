"use client";

import { useWindowVirtualizer } from "@tanstack/react-virtual";
import { useCallback, useLayoutEffect, useRef, useState } from "react";
import type { WorkspaceParagraph } from "./types";

const FULL_RENDER_LIMIT = 150;

/** The paragraph list, windowed against the page's scroll; the list's offset is measured after layout. */
export function useParagraphWindow(visible: readonly WorkspaceParagraph[], remeasureOn: unknown) {
  const listRef = useRef<HTMLOListElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    const measure = () => listRef.current && setScrollMargin(listRef.current.getBoundingClientRect().top + window.scrollY);
    measure();
    window.addEventListener("resize", measure);
    return () => window.removeEventListener("resize", measure);
  }, [remeasureOn]);
  const virtualizer = useWindowVirtualizer({
    count: visible.length,
    estimateSize: () => 190,
    // An ordinary article renders whole, so the browser's find-in-page sees every paragraph; only
    // very long ones are windowed.
    overscan: visible.length <= FULL_RENDER_LIMIT ? visible.length : 8,
    scrollMargin,
    getItemKey: (index) => visible[index].id,
  });
  const scrollToParagraph = useCallback(
    (paragraphId: number) => {
      const index = visible.findIndex((p) => p.id === paragraphId);
      if (index >= 0) virtualizer.scrollToIndex(index, { align: "auto" });
    },
    [visible, virtualizer],
  );
  return { listRef, virtualizer, scrollToParagraph };
}
