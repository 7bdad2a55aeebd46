"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { WorkspaceParagraph } from "./types";
import type { Draft } from "./use-drafts";

/** A draft left in this browser (the tab was closed, or the reviewer left the page) offered back on return. */
export function DraftOffer({ draft, current, onResume, onDiscard }: { draft: Draft; current: WorkspaceParagraph; onResume: () => void; onDiscard: () => void }) {
  const t = useTranslations("workspace.draft");
  const format = useFormatter();
  const stale = draft.baseVersion !== current.version;
  const when = format.dateTime(new Date(draft.savedAt), { dateStyle: "short", timeStyle: "short" });
  return (
    <div role="status" className="mt-2 flex flex-wrap items-center gap-2 rounded-md border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-950">
      <span className="mr-auto">
        {stale ? t("offerStale", { when, base: draft.baseVersion, version: current.version }) : t("offer", { when })}
      </span>
      <Button size="sm" onClick={onResume}>
        {t("resume")}
      </Button>
      <Button size="sm" variant="ghost" onClick={onDiscard}>
        {t("discard")}
      </Button>
    </div>
  );
}
