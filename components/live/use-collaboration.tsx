"use client";

import { useCallback, useEffect, useMemo, useState, type Dispatch, type ReactNode } from "react";
import { ParagraphComments } from "@/components/comments/paragraph-comments";
import { useCommentThreads } from "@/components/comments/use-comment-threads";
import type { ReviewAction, ReviewState } from "@/components/article/review-state";
import type { WorkspaceParagraph } from "@/components/article/types";
import type { Draft } from "@/components/article/use-drafts";
import { listCommentPeople } from "@/lib/actions/list-comment-people";
import { markMentionsRead } from "@/lib/actions/mark-mentions-read";
import { canWriteComments, type CommentActor } from "@/lib/auth/permissions/comment";
import type { Mentionable } from "@/lib/comments/mentions";
import { mergeWords } from "@/lib/diff/merge";
import type { ThreadView } from "@/lib/services/comment-threads";
import { useLiveArticle } from "./use-live-article";

interface Options {
  articleId: number;
  me: CommentActor;
  archived: boolean;
  initialThreads: ThreadView[];
  state: ReviewState;
  dispatch: Dispatch<ReviewAction>;
  drafts: Record<number, Draft>;
  scrollToParagraph: (paragraphId: number) => void;
}

/**
 * Everything the workspace does with colleagues: the live stream (their changes, who is here), the comment
 * threads under each paragraph, and the merge view offered when someone saves the paragraph being edited.
 */
export function useCollaboration({ articleId, me, archived, initialThreads, state, dispatch, drafts, scrollToParagraph }: Options) {
  const comments = useCommentThreads(articleId, initialThreads);
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  const [openOnly, setOpenOnly] = useState(false);
  const [people, setPeople] = useState<Mentionable[]>([]);
  const [commentsSeen, setCommentsSeen] = useState(0);
  const canWrite = canWriteComments(me.role, { archived });

  const live = useLiveArticle({
    articleId,
    me: me.id,
    paragraphs: state.paragraphs,
    editingParagraphId: state.editing?.paragraphId ?? null,
    onChanged: (changed, update) => dispatch({ type: "changedElsewhere", changed, update }),
    onComments: () => {
      void comments.refresh();
      setCommentsSeen((n) => n + 1);
    },
  });

  useEffect(() => {
    if (!canWrite) return;
    listCommentPeople({}).then((result) => result.ok && setPeople(result.data.filter((p) => p.id !== me.id))).catch(() => undefined);
  }, [canWrite, me.id]);

  // A link from the mentions list (?thread=ID) opens that thread's paragraph.
  useEffect(() => {
    const wanted = Number(new URLSearchParams(window.location.search).get("thread"));
    const thread = comments.threads.find((th) => th.id === wanted);
    if (!thread) return;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the address is read once the page is in the browser; the server renders every thread closed
    setExpanded((set) => new Set(set).add(thread.paragraphId));
    scrollToParagraph(thread.paragraphId);
    // Only on arrival.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Opening a paragraph's threads is reading the mentions in them.
  useEffect(() => {
    const unread = comments.threads
      .filter((th) => expanded.has(th.paragraphId))
      .flatMap((th) => th.comments.filter((c) => c.mentions.some((m) => m.id === me.id)).map((c) => c.id));
    if (unread.length > 0) void markMentionsRead({ commentIds: unread }).then(() => setCommentsSeen((n) => n + 1)).catch(() => undefined);
  }, [expanded, comments.threads, me.id]);

  const filterVisible = useCallback(
    (list: WorkspaceParagraph[]) => (openOnly ? list.filter((p) => (comments.counts.get(p.id)?.open ?? 0) > 0) : list),
    [openOnly, comments.counts],
  );

  /** Someone saved the paragraph being edited: settle the two edits in the merge view, nothing saved yet. */
  const openMerge = useCallback(
    (paragraphId: number) => {
      const editing = state.editing;
      const paragraph = state.paragraphs.find((p) => p.id === paragraphId);
      if (!editing || editing.paragraphId !== paragraphId || !paragraph) return;
      const draft = drafts[paragraphId];
      const mine = draft && draft.baseVersion === editing.baseVersion ? draft.text : editing.startText;
      const { parts } = mergeWords(editing.baseText, mine, paragraph.currentText);
      dispatch({ type: "editorClosed" });
      dispatch({ type: "mergePending", paragraphId, merge: { mine, baseVersion: editing.baseVersion, parts } });
      scrollToParagraph(paragraphId);
    },
    [state.editing, state.paragraphs, drafts, dispatch, scrollToParagraph],
  );

  const below = useCallback(
    (paragraph: WorkspaceParagraph): ReactNode => (
      <ParagraphComments
        paragraph={paragraph}
        threads={comments.byParagraph.get(paragraph.id) ?? []}
        expanded={expanded.has(paragraph.id)}
        onExpanded={(open) =>
          setExpanded((set) => {
            const next = new Set(set);
            if (open) next.add(paragraph.id);
            else next.delete(paragraph.id);
            return next;
          })
        }
        me={me}
        canWrite={canWrite}
        archived={archived}
        people={people}
        run={comments.run}
      />
    ),
    [comments.byParagraph, comments.run, expanded, me, canWrite, archived, people],
  );

  const summary = useMemo(() => ({ openTotal: comments.openTotal, total: comments.threads.length }), [comments.openTotal, comments.threads.length]);
  return { live, comments, summary, openOnly, setOpenOnly, filterVisible, openMerge, below, commentsSeen };
}
