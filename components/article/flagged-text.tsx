"use client";

import { useTranslations } from "next-intl";
import { cn } from "@/lib/cn";
import { highestSeverity, segmentHighlights } from "@/lib/review/highlight";
import { SEVERITY_STYLE } from "./severity";
import { useFlagMessage } from "./use-flag-message";
import type { Flag } from "@/lib/domain";

interface Props {
  text: string;
  flags: Flag[];
  /** Indexes of the flags to highlight (the others are filtered out of view). */
  shown: number[];
  activeFlag: number | null;
  lang: string;
  onOpenFlag: (flagIndex: number) => void;
  className?: string;
}

/** The current text with each shown flag marked in place; a marked run opens the flag's details. */
export function FlaggedText({ text, flags, shown, activeFlag, lang, onOpenFlag, className }: Props) {
  const flagMessage = useFlagMessage();
  const t = useTranslations("workspace.severity");
  const visible = shown.map((i) => flags[i]);
  const segments = segmentHighlights(text, visible);
  return (
    <p lang={lang} data-testid="current-text" className={cn("whitespace-pre-wrap leading-relaxed", className)}>
      {segments.map((segment) => {
        if (segment.flags.length === 0) return <span key={segment.start}>{segment.text}</span>;
        const indexes = segment.flags.map((i) => shown[i]);
        const severity = highestSeverity(indexes.map((i) => flags[i].severity))!;
        // Of overlapping flags, the active one (if here) or the first opens on click.
        const primary = activeFlag !== null && indexes.includes(activeFlag) ? activeFlag : indexes[0];
        const style = SEVERITY_STYLE[severity];
        return (
          <mark
            key={segment.start}
            role="button"
            tabIndex={-1}
            data-flag={primary}
            data-severity={severity}
            aria-label={`${t(severity)}: ${indexes.map((i) => flagMessage(flags[i])).join("; ")}`}
            title={indexes.map((i) => `${t(flags[i].severity)} · ${flagMessage(flags[i])}`).join("\n")}
            onClick={(e) => {
              // The row's own click only selects the paragraph; it must not undo this selection.
              e.stopPropagation();
              onOpenFlag(primary);
            }}
            className={cn(
              "cursor-pointer rounded-sm text-inherit",
              style.mark,
              indexes.includes(activeFlag ?? -1) && "outline outline-2 outline-offset-1 outline-accent",
            )}
          >
            {segment.text}
          </mark>
        );
      })}
    </p>
  );
}
