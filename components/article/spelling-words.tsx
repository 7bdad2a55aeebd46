"use client";

import { createContext, useCallback, useContext, useMemo, useState, useTransition, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { addDictionaryWord } from "@/lib/actions/add-dictionary-word";
import { ignoreWordInArticle } from "@/lib/actions/ignore-word-in-article";
import { stopIgnoringWord } from "@/lib/actions/stop-ignoring-word";
import type { ActionResult } from "@/lib/actions/safe-action";
import type { IgnoredWordView } from "@/lib/data/ignored-words";
import type { ReviewFlags } from "@/lib/services/review-flags";
import { normalizeWord } from "@/lib/validation/word";
import type { Locale } from "@/lib/domain";

export type DictionaryScope = Locale | "both";

interface SpellingWords {
  locale: Locale;
  canEdit: boolean;
  pending: boolean;
  ignoredWords: IgnoredWordView[];
  ignore: (word: string) => void;
  stopIgnoring: (id: number) => void;
  addToDictionary: (word: string, scope: DictionaryScope) => void;
}

const Context = createContext<SpellingWords | null>(null);

export function useSpellingWords(): SpellingWords {
  const value = useContext(Context);
  if (!value) throw new Error("useSpellingWords outside SpellingWordsProvider");
  return value;
}

interface Props {
  articleId: number;
  locale: Locale;
  canEdit: boolean;
  initialIgnoredWords: IgnoredWordView[];
  /** Closes the flag popover: the flag it shows is about to go. */
  onStart: () => void;
  /** The whole article's flags after the change, as every review action answers. */
  onFlags: (update: ReviewFlags) => void;
  className?: string;
  children: ReactNode;
}

/**
 * Words accepted as spelt right, for the review page: ignoring one in the article or adding it to the
 * dictionary answers with the re-checked flags, so every occurrence goes at once.
 */
export function SpellingWordsProvider({ articleId, locale, canEdit, initialIgnoredWords, onStart, onFlags, className, children }: Props) {
  const [ignoredWords, setIgnoredWords] = useState(initialIgnoredWords);
  const [pending, startTransition] = useTransition();
  const t = useTranslations("workspace");

  const run = useCallback(
    (action: () => Promise<ActionResult<ReviewFlags | null>>, done: (update: ReviewFlags | null) => void) => {
      onStart();
      startTransition(async () => {
        const result = await action().catch(() => ({ ok: false as const, error: t("spelling.unreachable") }));
        if (!result.ok) return void toast.error(result.error);
        if (result.data) {
          onFlags(result.data);
          setIgnoredWords(result.data.ignoredWords);
        }
        done(result.data);
      });
    },
    [onStart, onFlags, t],
  );

  const value = useMemo<SpellingWords>(() => {
    const stopIgnoring = (id: number) => run(() => stopIgnoringWord({ id }), () => toast.success(t("spelling.flaggedAgain")));
    return {
      locale,
      canEdit,
      pending,
      ignoredWords,
      stopIgnoring,
      ignore: (word) =>
        run(
          () => ignoreWordInArticle({ articleId, word }),
          (update) => {
            const ignored = update?.ignoredWords.find((w) => w.word === normalizeWord(word));
            toast.success(t("spelling.ignored", { word }), {
              action: ignored ? { label: t("toast.undo"), onClick: () => stopIgnoring(ignored.id) } : undefined,
            });
          },
        ),
      addToDictionary: (word, scope) =>
        run(
          async () => {
            const result = await addDictionaryWord({ word, locale: scope, articleId });
            return result.ok ? { ok: true, data: result.data.review } : result;
          },
          () => toast.success(t("spelling.added", { word, scope: scope === "both" ? t("spelling.both") : scope })),
        ),
    };
  }, [articleId, locale, canEdit, pending, ignoredWords, run, t]);

  // It is also the workspace's outer box, so that wrapping the workspace adds no level of nesting.
  return (
    <Context value={value}>
      <div className={className}>{children}</div>
    </Context>
  );
}
