"use client";

import { CommentsToolbar } from "@/components/comments/comments-toolbar";
import { LiveNotices } from "./live-notices";
import { PresenceBar } from "./presence-bar";
import type { useCollaboration } from "./use-collaboration";

/** Above the paragraphs: who else is here, what they just did, and the article's open threads. */
export function CollaborationBar({ collab, onShow }: { collab: ReturnType<typeof useCollaboration>; onShow: (paragraphId: number) => void }) {
  const { live } = collab;
  return (
    <div className="space-y-2">
      <PresenceBar viewers={live.viewers} connected={live.connected} />
      <LiveNotices notices={live.notices} onShow={onShow} onMerge={collab.openMerge} onDismiss={live.dismiss} />
      <CommentsToolbar
        openTotal={collab.summary.openTotal}
        total={collab.summary.total}
        openOnly={collab.openOnly}
        onOpenOnly={collab.setOpenOnly}
        refreshKey={collab.commentsSeen}
      />
    </div>
  );
}
