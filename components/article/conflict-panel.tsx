"use client";

import { InlineDiff } from "@/components/diff/inline-diff";
import { Button } from "@/components/ui/button";
import type { WorkspaceParagraph } from "./types";

interface Props {
  mine: string;
  theirs: WorkspaceParagraph;
  pending: boolean;
  onKeepTheirs: () => void;
  onKeepMine: () => void;
  onMerge: () => void;
}

/** A stale save is never applied silently: both texts stay on screen until the reviewer chooses. */
export function ConflictPanel({ mine, theirs, pending, onKeepTheirs, onKeepMine, onMerge }: Props) {
  return (
    <div role="alert" className="mt-3 space-y-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
      <p className="font-medium text-amber-950">
        {theirs.updatedBy?.name ?? "Someone"} saved this paragraph while you were editing (now version {theirs.version}). Your text was
        not saved. Choose which to keep:
      </p>
      <div className="grid gap-3 md:grid-cols-2">
        <div>
          <h4 className="mb-1 text-xs font-semibold uppercase text-stone-500">Their text</h4>
          <p className="whitespace-pre-wrap rounded bg-white p-2" data-testid="their-text">{theirs.currentText}</p>
        </div>
        <div>
          <h4 className="mb-1 text-xs font-semibold uppercase text-stone-500">Your text, compared with theirs</h4>
          <InlineDiff before={theirs.currentText} after={mine} className="rounded bg-white p-2" />
        </div>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button size="sm" variant="secondary" onClick={onKeepTheirs} disabled={pending}>
          Keep theirs
        </Button>
        <Button size="sm" onClick={onKeepMine} disabled={pending}>
          Keep mine
        </Button>
        <Button size="sm" variant="secondary" onClick={onMerge} disabled={pending}>
          Merge by hand
        </Button>
      </div>
    </div>
  );
}
