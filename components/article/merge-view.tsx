"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { conflictCount, resolveMerge, type MergeChoice, type MergePart } from "@/lib/diff/merge";
import { cn } from "@/lib/cn";
import type { WorkspaceParagraph } from "./types";

/** A save that overlapped a newer one: the reviewer's text, the version it started from and the spans to settle. */
export interface PendingMerge {
  mine: string;
  baseVersion: number;
  parts: MergePart[];
}

interface Props {
  merge: PendingMerge;
  theirs: WorkspaceParagraph;
  lang: string;
  pending: boolean;
  onSave: (text: string) => void;
  onEdit: (text: string) => void;
  onDiscardMine: () => void;
}

const CHOICES: { value: MergeChoice; label: string }[] = [
  { value: "theirs", label: "Their words" },
  { value: "mine", label: "Your words" },
  { value: "both", label: "Both" },
];

function Side({ label, text, lang }: { label: string; text: string; lang: string }) {
  return (
    <span className="block">
      <span className="text-[11px] font-semibold uppercase tracking-wide text-stone-500">{label}</span>
      <span lang={lang} className="block whitespace-pre-wrap">{text.trim() === "" ? <em className="text-stone-500">(nothing: removed)</em> : text}</span>
    </span>
  );
}

/**
 * Both edits merged where they do not touch; where they do, both sides are shown in place and the reviewer
 * picks one, the other or both for each span. Nothing is picked for them, so no one's words are dropped unseen.
 */
export function MergeView({ merge, theirs, lang, pending, onSave, onEdit, onDiscardMine }: Props) {
  const total = conflictCount(merge.parts);
  const [choices, setChoices] = useState<(MergeChoice | null)[]>(() => Array(total).fill(null));
  const resolved = resolveMerge(merge.parts, choices);
  const open = choices.filter((c) => c === null).length;
  let index = -1;

  return (
    <section aria-label="Merge" className="mt-3 space-y-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
      <p className="font-medium text-amber-950">
        {theirs.updatedBy?.name ?? "Someone"} saved this paragraph (version {theirs.version}) while you were editing version {merge.baseVersion}, and
        changed some of the same words. Nothing is saved yet. Their changes and yours are merged below; choose for each
        highlighted span ({total === 1 ? "1 span" : `${total} spans`}).
      </p>
      <div lang={lang} className="whitespace-pre-wrap rounded bg-white p-2 leading-relaxed" data-testid="merge-text">
        {merge.parts.map((part, i) => {
          if (part.kind === "same") return <span key={i}>{part.text}</span>;
          const at = ++index;
          const choice = choices[at];
          return (
            <span key={i} role="group" aria-label={`Conflict ${at + 1} of ${total}`} className={cn("my-1 block rounded border p-2", choice ? "border-emerald-300 bg-emerald-50" : "border-amber-400 bg-amber-100")}>
              <span className="grid gap-2 sm:grid-cols-2">
                <Side label={`Their words (${theirs.updatedBy?.name ?? "version " + theirs.version})`} text={part.theirs} lang={lang} />
                <Side label="Your words" text={part.mine} lang={lang} />
              </span>
              <span role="radiogroup" aria-label={`Keep for conflict ${at + 1}`} className="mt-2 flex flex-wrap gap-1.5">
                {CHOICES.map((c) => (
                  <button
                    key={c.value}
                    type="button"
                    role="radio"
                    aria-checked={choice === c.value}
                    onClick={() => setChoices((all) => all.map((v, j) => (j === at ? c.value : v)))}
                    className={cn(
                      "rounded-md border px-2 py-1 text-xs font-medium",
                      choice === c.value ? "border-accent bg-accent text-white" : "border-stone-300 bg-white hover:bg-stone-100",
                    )}
                  >
                    {c.label}
                  </button>
                ))}
              </span>
            </span>
          );
        })}
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <Button size="sm" disabled={pending || resolved === null} onClick={() => resolved !== null && onSave(resolved)}>
          Save the merged text
        </Button>
        <Button size="sm" variant="secondary" disabled={pending || resolved === null} onClick={() => resolved !== null && onEdit(resolved)}>
          Edit before saving
        </Button>
        <Button size="sm" variant="ghost" disabled={pending} onClick={onDiscardMine}>
          Discard my edit
        </Button>
        {open > 0 ? <span className="text-xs text-amber-900">{open} span{open === 1 ? "" : "s"} still to choose</span> : null}
      </div>
    </section>
  );
}
