"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { deleteComment } from "@/lib/actions/delete-comment";
import { editComment } from "@/lib/actions/edit-comment";
import { replyToThread } from "@/lib/actions/reply-to-thread";
import { setThreadStatus } from "@/lib/actions/set-thread-status";
import { canDeleteComment, canEditComment, type CommentActor } from "@/lib/auth/permissions/comment";
import type { Mentionable } from "@/lib/comments/mentions";
import { cn } from "@/lib/cn";
import type { ThreadView } from "@/lib/services/comment-threads";
import { CommentBody } from "./comment-body";
import { CommentComposer } from "./comment-composer";
import type { RunComment } from "./use-comment-threads";

interface Props {
  thread: ThreadView;
  me: CommentActor;
  canWrite: boolean;
  archived: boolean;
  people: readonly Mentionable[];
  run: RunComment;
}

export function ThreadAnchorLine({ thread }: { thread: ThreadView }) {
  const t = useTranslations("comments");
  const { anchor } = thread;
  if (anchor.kind === "paragraph") return <span>{t("anchor.paragraph")}</span>;
  return (
    <span className={anchor.kind === "changed" ? "text-amber-900" : undefined}>
      {anchor.kind === "span" ? t("anchor.span") : t("anchor.changed")} <q className="font-medium">{anchor.quote}</q>
    </span>
  );
}

/** One thread: its comments in order, reply, resolve or reopen, and edit or delete where the rules allow. */
export function ThreadCard({ thread, me, canWrite, archived, people, run }: Props) {
  const t = useTranslations("comments");
  const format = useFormatter();
  const [editing, setEditing] = useState<number | null>(null);
  const [replying, setReplying] = useState(false);
  const resolved = thread.status === "resolved";
  const when = (date: Date) => format.dateTime(new Date(date), { dateStyle: "short", timeStyle: "short" });

  return (
    <section
      aria-label={t("threadLabel", { author: thread.startedBy?.name ?? t("someone") })}
      data-thread-id={thread.id}
      className={cn("rounded-md border bg-white p-2.5 text-sm", resolved ? "border-stone-200 opacity-80" : "border-amber-200")}
    >
      <header className="mb-1.5 flex flex-wrap items-center gap-2 text-xs text-stone-600">
        <ThreadAnchorLine thread={thread} />
        <span className={cn("rounded px-1.5 py-0.5 font-medium", resolved ? "bg-emerald-50 text-emerald-800" : "bg-amber-100 text-amber-900")}>
          {resolved ? t("status.resolved") : t("status.open")}
        </span>
        {resolved && thread.statusBy && thread.statusAt ? <span>{t("resolvedBy", { name: thread.statusBy.name, when: when(thread.statusAt) })}</span> : null}
        {canWrite ? (
          <Button size="sm" variant="ghost" className="ml-auto h-7" onClick={() => void run(() => setThreadStatus({ threadId: thread.id, status: resolved ? "open" : "resolved" }))}>
            {resolved ? t("reopen") : t("resolve")}
          </Button>
        ) : null}
      </header>
      <ol className="space-y-2">
        {thread.comments.map((c) => {
          const ownership = { authorId: c.author?.id ?? null, deleted: c.deletedAt !== null };
          return (
            <li key={c.id} className="border-l-2 border-stone-200 pl-2" data-comment-id={c.id}>
              <div className="flex flex-wrap items-baseline gap-x-2 text-xs text-stone-500">
                <span className="font-medium text-stone-800">{c.author?.name ?? t("formerUser")}</span>
                <span>{when(c.createdAt)}</span>
                {c.editedAt && !c.deletedAt ? <span title={when(c.editedAt)}>{t("edited")}</span> : null}
              </div>
              {c.deletedAt ? (
                <p className="italic text-stone-500">{t("deleted", { name: c.deletedBy?.name ?? t("someone") })}</p>
              ) : editing === c.id ? (
                <CommentComposer
                  label={t("editLabel")}
                  submitLabel={t("saveEdit")}
                  people={people}
                  initial={c.body}
                  autoFocus
                  onCancel={() => setEditing(null)}
                  onSubmit={async (body) => {
                    const ok = await run(() => editComment({ commentId: c.id, body }));
                    if (ok) setEditing(null);
                    return ok;
                  }}
                />
              ) : (
                <CommentBody comment={c} />
              )}
              {editing !== c.id ? (
                <div className="flex gap-1">
                  {canEditComment(me, ownership, { archived }) ? (
                    <Button size="sm" variant="ghost" className="h-6 px-1.5 text-xs" onClick={() => setEditing(c.id)}>
                      {t("edit")}
                    </Button>
                  ) : null}
                  {canDeleteComment(me, ownership, { archived }) ? (
                    <Button
                      size="sm"
                      variant="ghost"
                      className="h-6 px-1.5 text-xs text-red-800"
                      onClick={() => window.confirm(t("confirmDelete")) && void run(() => deleteComment({ commentId: c.id }))}
                    >
                      {t("delete")}
                    </Button>
                  ) : null}
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
      {canWrite ? (
        replying ? (
          <div className="mt-2">
            <CommentComposer
              label={t("replyLabel")}
              submitLabel={t("sendReply")}
              people={people}
              autoFocus
              onCancel={() => setReplying(false)}
              onSubmit={async (body) => {
                const ok = await run(() => replyToThread({ threadId: thread.id, body }));
                if (ok) setReplying(false);
                return ok;
              }}
            />
          </div>
        ) : (
          <Button size="sm" variant="secondary" className="mt-2 h-7" onClick={() => setReplying(true)}>
            {t("reply")}
          </Button>
        )
      ) : null}
    </section>
  );
}
