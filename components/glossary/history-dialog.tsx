"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { toast } from "sonner";
import { glossaryEntryHistory } from "@/lib/actions/glossary-entry-history";
import { Modal } from "./modal";

type Item = Awaited<ReturnType<typeof glossaryEntryHistory>> extends infer R ? (R extends { ok: true; data: (infer T)[] } ? T : never) : never;

/** Every saved state of an entry, newest first, with who saved it. */
export function EntryHistoryDialog({ entryId, title, onClose }: { entryId: number; title: string; onClose: () => void }) {
  const t = useTranslations("glossary");
  const format = useFormatter();
  const [items, setItems] = useState<Item[] | null>(null);
  useEffect(() => {
    glossaryEntryHistory({ id: entryId }).then((result) => (result.ok ? setItems(result.data) : toast.error(result.error)));
  }, [entryId]);
  return (
    <Modal title={t("history.title", { preferred: title })} onClose={onClose}>
      {items === null ? <p className="text-sm text-stone-500">{t("history.loading")}</p> : null}
      <ol className="space-y-2 text-sm">
        {items?.map((item) => (
          <li key={item.id} className="rounded-md border border-stone-200 px-3 py-2">
            <div className="text-xs text-stone-500">
              {t(`history.actions.${item.action}`)} · {item.user ?? t("history.system")} · {format.dateTime(new Date(item.createdAt), { dateStyle: "medium", timeStyle: "short" })}
            </div>
            <div>
              <strong>{item.snapshot.preferred}</strong>
              {item.snapshot.variants.length > 0 ? <span className="text-stone-600"> ← {item.snapshot.variants.join(", ")}</span> : null}
            </div>
            <div className="text-xs text-stone-500">
              {t(`types.${item.snapshot.type}`)} · {item.snapshot.locale === "both" ? t("form.localeBoth") : item.snapshot.locale}
              {item.snapshot.caseSensitive ? t("history.caseSensitive") : ""}
              {item.snapshot.note ? ` · ${item.snapshot.note}` : ""}
            </div>
          </li>
        ))}
      </ol>
    </Modal>
  );
}
