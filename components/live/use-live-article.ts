"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useEffectEvent, useState } from "react";
import { toast } from "sonner";
import { liveUpdate } from "@/lib/actions/live-update";
import { touchArticlePresence } from "@/lib/actions/touch-article-presence";
import type { LiveChangeMessage, LiveViewer } from "@/lib/live/event-stream";
import type { WorkspaceParagraph } from "@/components/article/types";
import type { Update } from "@/components/article/review-state";

const HEARTBEAT_MS = 10_000;
// Changes arriving together (a save, its re-check, a comment) are fetched in one round.
const GATHER_MS = 60;
const NOTICE_MS = 8000;

export interface LiveNotice {
  key: number;
  text: string;
  paragraphId: number | null;
  /** Someone saved the paragraph this page is editing: the notice offers the merge view. */
  whileEditing: boolean;
}

interface Options {
  articleId: number;
  me: number;
  paragraphs: readonly WorkspaceParagraph[];
  editingParagraphId: number | null;
  onChanged: (changed: WorkspaceParagraph[], update: Update) => void;
  onComments: () => void;
}

// A new original or alignment changes the source-aware flags of paragraphs whose text did not move.
const REFRESHING = new Set<LiveChangeMessage["kind"]>(["save", "approve", "dismiss", "restore_flag", "article", "source"]);

/**
 * The article as others change it, over the event stream: their saves, approvals, dismissals and comments
 * come in without a reload, with a notice; who else has the article open is kept in `viewers`. The page
 * says it is present with a heartbeat action; when its stream ends, the server takes it off the list.
 */
export function useLiveArticle({ articleId, me, paragraphs, editingParagraphId, onChanged, onComments }: Options) {
  const t = useTranslations("live");
  const router = useRouter();
  const [viewers, setViewers] = useState<LiveViewer[]>([]);
  const [notices, setNotices] = useState<LiveNotice[]>([]);
  const [connected, setConnected] = useState(false);
  // The stream's handlers read the latest props without reconnecting on every render.
  const latest = useEffectEvent(() => ({ paragraphs, editingParagraphId, onChanged, onComments, t, router }));

  useEffect(() => {
    const pageId = crypto.randomUUID();
    const beat = () => void touchArticlePresence({ articleId, pageId }).catch(() => undefined);
    beat();
    const heartbeat = setInterval(beat, HEARTBEAT_MS);

    let queue: LiveChangeMessage[] = [];
    let timer: ReturnType<typeof setTimeout> | null = null;
    let noticeKey = 0;

    async function flush() {
      timer = null;
      const batch = queue;
      queue = [];
      const { paragraphs: held, editingParagraphId: editing, t: translate } = latest();
      const theirs = batch.filter((m) => m.actor?.id !== me);
      const named = theirs.filter((m) => m.kind === "approve" && m.paragraphId !== null).map((m) => m.paragraphId!);
      if (theirs.some((m) => REFRESHING.has(m.kind))) {
        const result = await liveUpdate({ articleId, known: held.map((p) => [p.id, p.version]), paragraphIds: named }).catch(() => null);
        if (result?.ok) {
          const { paragraphs: changed, notices: merged, ...update } = result.data;
          latest().onChanged(changed, update);
          for (const notice of merged) {
            const values = { name: notice.name ?? translate("someone"), number: notice.number ?? 0, version: notice.version, where: notice.number === null ? "unknown" : "known" };
            toast.info(translate("change.merged", values), { duration: 10_000 });
          }
        }
      }
      if (batch.some((m) => m.kind === "comment")) latest().onComments();
      // The source bar and panel are the server page's: it renders them again with the new original.
      if (theirs.some((m) => m.kind === "source")) latest().router.refresh();
      const positions = new Map(latest().paragraphs.map((p) => [p.id, p.position + 1]));
      const fresh = theirs
        .filter((m) => m.kind !== "article")
        .map((m) => ({
          key: ++noticeKey,
          paragraphId: m.paragraphId,
          whileEditing: m.kind === "save" && m.paragraphId !== null && m.paragraphId === editing,
          text: translate(`change.${m.kind}`, { name: m.actor?.name ?? translate("someone"), number: positions.get(m.paragraphId ?? -1) ?? 0 }),
        }));
      if (fresh.length === 0) return;
      setNotices((list) => [...list.filter((n) => !fresh.some((f) => f.whileEditing && n.whileEditing && f.paragraphId === n.paragraphId)), ...fresh].slice(-5));
      for (const notice of fresh) {
        if (!notice.whileEditing) setTimeout(() => setNotices((list) => list.filter((n) => n.key !== notice.key)), NOTICE_MS);
      }
    }

    // The stream carries the page id: when it ends (the page closes, navigates or crashes) the server takes the
    // page off the list of viewers. A request sent from `pagehide` is cancelled with the page and never arrives.
    const source = new EventSource(`/api/articles/${articleId}/events?page=${pageId}`);
    source.onopen = () => {
      setConnected(true);
      // A reconnected stream follows one that ended, which took this page off the list.
      beat();
    };
    source.onerror = () => setConnected(false);
    source.addEventListener("presence", (event) => setViewers(JSON.parse((event as MessageEvent<string>).data) as LiveViewer[]));
    source.addEventListener("change", (event) => {
      queue.push(JSON.parse((event as MessageEvent<string>).data) as LiveChangeMessage);
      timer ??= setTimeout(() => void flush(), GATHER_MS);
    });

    return () => {
      source.close();
      clearInterval(heartbeat);
      if (timer) clearTimeout(timer);
    };
  }, [articleId, me]);

  const dismiss = (key: number) => setNotices((list) => list.filter((n) => n.key !== key));
  return { viewers: viewers.filter((v) => v.userId !== me), notices, connected, dismiss };
}
