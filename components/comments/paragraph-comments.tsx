"use client";

import { MessageSquare } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { selectionOffsets } from "@/components/article/selection-offsets";
import type { WorkspaceParagraph } from "@/components/article/types";
import { startCommentThread } from "@/lib/actions/start-comment-thread";
import type { CommentActor } from "@/lib/auth/permissions/comment";
import type { Mentionable } from "@/lib/comments/mentions";
import type { ThreadView } from "@/lib/services/comment-threads";
import { CommentComposer } from "./comment-composer";
import { ThreadCard } from "./thread-card";
import type { RunComment } from "./use-comment-threads";

interface Props {
  paragraph: WorkspaceParagraph;
  threads: readonly ThreadView[];
  expanded: boolean;
  onExpanded: (open: boolean) => void;
  me: CommentActor;
  canWrite: boolean;
  archived: boolean;
  people: readonly Mentionable[];
  run: RunComment;
}

type Span = { start: number; end: number; quote: string };

/** The selection in this paragraph's current text, if the reviewer made one. */
function selectedSpan(paragraph: WorkspaceParagraph): Span | null {
  const text = document.querySelector<HTMLElement>(`article[data-paragraph-id="${paragraph.id}"] [data-testid="current-text"]`);
  const offsets = text ? selectionOffsets(text) : null;
  return offsets ? { ...offsets, quote: paragraph.currentText.slice(offsets.start, offsets.end) } : null;
}

/** Under each paragraph card: its thread count, and when opened its threads and a box for a new one. */
export function ParagraphComments({ paragraph, threads, expanded, onExpanded, me, canWrite, archived, people, run }: Props) {
  const t = useTranslations("comments");
  const [composing, setComposing] = useState<{ span: Span | null; version: number } | null>(null);
  const open = threads.filter((th) => th.status === "open").length;
  const number = paragraph.position + 1;
  if (threads.length === 0 && !canWrite) return null;

  return (
    <div className="-mt-1 rounded-b-lg border border-t-0 border-stone-200 bg-stone-50 px-3 py-1.5 text-sm" data-testid={`comments-${paragraph.id}`}>
      <div className="flex flex-wrap items-center gap-2">
        {threads.length > 0 ? (
          <button
            type="button"
            aria-expanded={expanded}
            onClick={() => onExpanded(!expanded)}
            className="inline-flex items-center gap-1.5 rounded px-1 text-xs font-medium text-stone-700 hover:bg-stone-200"
          >
            <MessageSquare aria-hidden className="size-3.5" />
            {t("count", { total: threads.length, open })}
          </button>
        ) : null}
        {canWrite ? (
          <Button
            size="sm"
            variant="ghost"
            className="h-7 text-xs"
            title={t("commentHint")}
            // Keep the text selection: the mousedown would otherwise clear it before the click reads it.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => {
              setComposing({ span: selectedSpan(paragraph), version: paragraph.version });
              onExpanded(true);
            }}
          >
            {t("comment", { number })}
          </Button>
        ) : null}
      </div>
      {expanded ? (
        <div className="mt-2 space-y-2 pb-1">
          {threads.map((thread) => (
            <ThreadCard key={thread.id} thread={thread} me={me} canWrite={canWrite} archived={archived} people={people} run={run} />
          ))}
          {composing ? (
            <div className="rounded-md border border-accent/40 bg-white p-2.5">
              <p className="mb-1 text-xs text-stone-600">
                {composing.span ? (
                  <>
                    {t("anchor.span")} <q className="font-medium">{composing.span.quote}</q>{" "}
                    <button type="button" className="underline" onClick={() => setComposing({ ...composing, span: null })}>
                      {t("wholeParagraph")}
                    </button>
                  </>
                ) : (
                  t("newOnParagraph", { number })
                )}
              </p>
              <CommentComposer
                label={t("newLabel", { number })}
                submitLabel={t("send")}
                people={people}
                autoFocus
                onCancel={() => setComposing(null)}
                onSubmit={async (body) => {
                  const ok = await run(() => startCommentThread({ paragraphId: paragraph.id, version: composing.version, span: composing.span, body }));
                  if (ok) setComposing(null);
                  return ok;
                }}
              />
            </div>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
