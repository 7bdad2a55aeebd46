"use client";

import { useCallback, useEffect, useState } from "react";

/** An edit not saved yet, kept in this browser per paragraph and the version it was started from. */
export interface Draft {
  paragraphId: number;
  baseVersion: number;
  text: string;
  savedAt: number;
}

const PREFIX = "lapidar:draft:";
const keyOf = (paragraphId: number, baseVersion: number) => `${PREFIX}${paragraphId}:${baseVersion}`;

function parse(key: string, value: string | null): Draft | null {
  const match = /^lapidar:draft:(\d+):(\d+)$/.exec(key);
  if (!match || value === null) return null;
  try {
    const { text, savedAt } = JSON.parse(value) as { text: unknown; savedAt: unknown };
    if (typeof text !== "string" || typeof savedAt !== "number") return null;
    return { paragraphId: Number(match[1]), baseVersion: Number(match[2]), text, savedAt };
  } catch {
    return null;
  }
}

// Private browsing or a full quota: the draft then lives only as long as the page, which is what it did before.
function attempt(work: () => void) {
  try {
    work();
  } catch {}
}

/**
 * The drafts of this article's paragraphs, newest per paragraph, read from localStorage after mount (the
 * server has none) and written on every change, so closing the tab or following a link keeps them.
 */
export function useDrafts(paragraphIds: readonly number[]) {
  const [drafts, setDrafts] = useState<Record<number, Draft>>({});
  const idsKey = paragraphIds.join(",");

  useEffect(() => {
    const ids = new Set(idsKey.split(",").map(Number));
    const found: Record<number, Draft> = {};
    attempt(() => {
      for (let i = 0; i < localStorage.length; i++) {
        const key = localStorage.key(i)!;
        const draft = key.startsWith(PREFIX) ? parse(key, localStorage.getItem(key)) : null;
        if (draft && ids.has(draft.paragraphId) && (found[draft.paragraphId]?.savedAt ?? 0) < draft.savedAt) found[draft.paragraphId] = draft;
      }
    });
    // eslint-disable-next-line react-hooks/set-state-in-effect -- localStorage exists only in the browser, after hydration: read during render, the drafts would differ from the server's HTML
    setDrafts(found);
  }, [idsKey]);

  const keep = useCallback((paragraphId: number, baseVersion: number, text: string) => {
    const draft = { paragraphId, baseVersion, text, savedAt: Date.now() };
    attempt(() => localStorage.setItem(keyOf(paragraphId, baseVersion), JSON.stringify({ text, savedAt: draft.savedAt })));
    setDrafts((all) => ({ ...all, [paragraphId]: draft }));
  }, []);

  /** Forgets every draft of the paragraph: it was saved, or the reviewer discarded it. */
  const forget = useCallback((paragraphId: number) => {
    attempt(() => {
      const keys = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i)!);
      for (const key of keys) if (key.startsWith(`${PREFIX}${paragraphId}:`)) localStorage.removeItem(key);
    });
    setDrafts(({ [paragraphId]: _, ...rest }) => rest);
  }, []);

  return { drafts, keep, forget };
}
