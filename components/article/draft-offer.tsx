"use client";

import { Button } from "@/components/ui/button";
import type { WorkspaceParagraph } from "./types";
import type { Draft } from "./use-drafts";

const timeFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "short", timeStyle: "short" });

/** A draft left in this browser (the tab was closed, or the reviewer left the page) offered back on return. */
export function DraftOffer({ draft, current, onResume, onDiscard }: { draft: Draft; current: WorkspaceParagraph; onResume: () => void; onDiscard: () => void }) {
  const stale = draft.baseVersion !== current.version;
  return (
    <div role="status" className="mt-2 flex flex-wrap items-center gap-2 rounded-md border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-950">
      <span className="mr-auto">
        You have an unsaved edit of this paragraph from {timeFormat.format(new Date(draft.savedAt))}
        {stale ? `, started from version ${draft.baseVersion} (now version ${current.version}): saving it merges the two` : ""}.
      </span>
      <Button size="sm" onClick={onResume}>
        Resume editing
      </Button>
      <Button size="sm" variant="ghost" onClick={onDiscard}>
        Discard it
      </Button>
    </div>
  );
}
