"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { Draft } from "./use-drafts";
import { ParagraphRow, type ParagraphHandlers } from "./paragraph-row";
import type { ReviewState } from "./review-state";
import type { WorkspaceParagraph } from "./types";
import type { useParagraphWindow } from "./use-paragraph-window";

interface Props {
  state: ReviewState;
  visible: readonly WorkspaceParagraph[];
  shownFlags: Record<number, number[]>;
  paragraphWindow: ReturnType<typeof useParagraphWindow>;
  drafts: Record<number, Draft>;
  checkTitles: Record<string, string>;
  locale: string;
  canEdit: boolean;
  pending: boolean;
  handlers: ParagraphHandlers;
  /** Shown under each paragraph card (its comment threads). */
  below?: (paragraph: WorkspaceParagraph) => ReactNode;
}

/** The shown paragraphs, windowed: only those near the viewport are in the DOM for a long article. */
export function ParagraphList({ state, visible, shownFlags, paragraphWindow, drafts, checkTitles, locale, canEdit, pending, handlers, below }: Props) {
  const t = useTranslations("workspace");
  const { listRef, virtualizer } = paragraphWindow;
  const { flags, cursor, flagOpen, editing, diffOverrides, globalDiff, merges } = state;
  return (
    <ol ref={listRef} aria-label={t("header.paragraphs")} className="relative" style={{ height: virtualizer.getTotalSize() }}>
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
              locale={locale}
              canEdit={canEdit}
              selected={selected}
              activeFlag={selected ? cursor!.flagIndex : null}
              flagOpen={selected && flagOpen}
              editing={editing?.paragraphId === p.id ? editing : null}
              draft={drafts[p.id] ?? null}
              diffMode={diffOverrides[p.id] ?? globalDiff}
              merge={merges[p.id] ?? null}
              pending={pending}
              handlers={handlers}
            />
            {below?.(p)}
          </li>
        );
      })}
    </ol>
  );
}
