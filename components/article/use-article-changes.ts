"use client";

import { useEffect, useRef } from "react";
import { toast } from "sonner";
import { articleChanges } from "@/lib/actions/paragraph-changes";
import type { ReviewUpdate } from "@/lib/actions/review-actions";
import type { WorkspaceParagraph } from "./types";

const EVERY_MS = 3000;

/**
 * Brings in what others saved while this page is open (their newer paragraphs and the re-checked flags) and
 * tells the reviewer when someone's edit was merged into theirs. Asks only while the tab is visible.
 */
export function useArticleChanges(
  articleId: number,
  paragraphs: readonly WorkspaceParagraph[],
  onChanges: (paragraphs: WorkspaceParagraph[], update: Omit<ReviewUpdate, "paragraph" | "conflict">) => void,
) {
  const latest = useRef({ paragraphs, onChanges });
  latest.current = { paragraphs, onChanges };

  useEffect(() => {
    let busy = false;
    async function poll() {
      if (busy || document.visibilityState !== "visible") return;
      busy = true;
      try {
        const known = latest.current.paragraphs.map((p) => [p.id, p.version] as [number, number]);
        const result = await articleChanges({ articleId, known });
        if (!result.ok || !result.data) return;
        const { paragraphs: changed, notices, ...update } = result.data;
        latest.current.onChanges(changed, update);
        for (const notice of notices) toast.info(notice, { duration: 10_000 });
      } catch {
        // Offline for a moment: the next round asks again.
      } finally {
        busy = false;
      }
    }
    const timer = setInterval(poll, EVERY_MS);
    window.addEventListener("focus", poll);
    return () => {
      clearInterval(timer);
      window.removeEventListener("focus", poll);
    };
  }, [articleId]);
}
