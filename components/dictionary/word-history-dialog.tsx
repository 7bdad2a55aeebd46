"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { toast } from "sonner";
import { Modal } from "@/components/glossary/modal";
import { dictionaryWordHistory } from "@/lib/actions/dictionary-word-history";
import type { DictionaryRevisionView } from "@/lib/data/dictionary";

/** Every change to a word, newest first, with who made it. */
export function WordHistoryDialog({ wordId, word, onClose }: { wordId: number; word: string; onClose: () => void }) {
  const t = useTranslations("dictionary");
  const format = useFormatter();
  const [items, setItems] = useState<DictionaryRevisionView[] | null>(null);
  useEffect(() => {
    dictionaryWordHistory({ id: wordId }).then((result) => (result.ok ? setItems(result.data) : toast.error(result.error)));
  }, [wordId]);
  return (
    <Modal title={t("history.title", { word })} onClose={onClose}>
      {items === null ? <p className="text-sm text-stone-500">{t("history.loading")}</p> : null}
      <ol className="space-y-2 text-sm">
        {items?.map((item) => (
          <li key={item.id} className="rounded-md border border-stone-200 px-3 py-2">
            <div className="text-xs text-stone-500">
              {t(`history.actions.${item.action}`)} · {item.user ?? t("someone")} · {format.dateTime(new Date(item.createdAt), { dateStyle: "medium", timeStyle: "short" })}
            </div>
            <div>
              <strong lang="pt">{item.word}</strong> <span className="text-stone-600">· {item.locale === "both" ? t("both") : item.locale}</span>
            </div>
            {item.note ? <div className="text-xs text-stone-500">{item.note}</div> : null}
          </li>
        ))}
      </ol>
    </Modal>
  );
}
