"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { addDictionaryWord } from "@/lib/actions/add-dictionary-word";
import { editDictionaryWord } from "@/lib/actions/edit-dictionary-word";
import { removeDictionaryWord } from "@/lib/actions/remove-dictionary-word";
import type { DictionaryWordData } from "@/lib/validation/word";
import type { RemovedRow, WordRow } from "./types";
import { WordForm } from "./word-form";
import { WordHistoryDialog } from "./word-history-dialog";
import { WordsTable } from "./words-table";

interface Props {
  words: WordRow[];
  removed: RemovedRow[];
  canEdit: boolean;
}

type Editing = { kind: "new" } | { kind: "edit"; word: WordRow };

const EMPTY: DictionaryWordData = { word: "", locale: "both", note: null };

/** The installation's own word list: what the spelling check accepts beyond Hunspell's dictionaries. */
export function DictionaryClient({ words, removed, canEdit }: Props) {
  const t = useTranslations("dictionary");
  const format = useFormatter();
  const router = useRouter();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [history, setHistory] = useState<WordRow | null>(null);
  const [pending, startTransition] = useTransition();

  async function submit(data: DictionaryWordData): Promise<string | null> {
    if (!editing) return null;
    const result = editing.kind === "edit" ? await editDictionaryWord({ id: editing.word.id, ...data }) : await addDictionaryWord(data);
    if (!result.ok) return result.error;
    toast.success(t(editing.kind === "edit" ? "saved" : "added", { word: result.data.word.word }));
    setEditing(null);
    router.refresh();
    return null;
  }

  function remove(word: WordRow) {
    if (!window.confirm(t("confirmRemove", { word: word.word }))) return;
    startTransition(async () => {
      const result = await removeDictionaryWord({ id: word.id });
      if (!result.ok) return void toast.error(result.error);
      toast.success(t("removedToast", { word: word.word }));
      router.refresh();
    });
  }

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center gap-3">
        <div className="mr-auto">
          <h1 className="font-serif text-2xl font-semibold">{t("title")}</h1>
          <p className="text-sm text-stone-600">{t("intro")}</p>
        </div>
        {canEdit ? (
          <Button disabled={pending} onClick={() => setEditing({ kind: "new" })}>
            {t("add")}
          </Button>
        ) : null}
      </div>

      <WordsTable words={words} canEdit={canEdit} onEdit={(word) => setEditing({ kind: "edit", word })} onRemove={remove} onHistory={setHistory} />

      {removed.length > 0 ? (
        <section aria-labelledby="removed" className="space-y-2">
          <h2 id="removed" className="font-medium">
            {t("recentlyRemoved")} <span className="text-sm font-normal text-stone-500">({removed.length})</span>
          </h2>
          <ul className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white text-sm">
            {removed.map((r) => (
              <li key={r.id} className="flex flex-wrap items-baseline gap-x-3 px-3 py-2">
                <span lang="pt" className="font-medium">{r.word}</span>
                <span className="text-stone-600">{r.locale === "both" ? t("both") : r.locale}</span>
                <span className="text-xs text-stone-500">
                  {t("removedBy", { name: r.user ?? t("someone"), when: format.dateTime(new Date(r.createdAt), { dateStyle: "medium", timeStyle: "short" }) })}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {editing ? (
        <WordForm
          title={editing.kind === "new" ? t("addTitle") : t("editTitle", { word: editing.word.word })}
          initial={editing.kind === "new" ? EMPTY : editing.word}
          onSubmit={submit}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {history ? <WordHistoryDialog wordId={history.id} word={history.word} onClose={() => setHistory(null)} /> : null}
    </div>
  );
}
