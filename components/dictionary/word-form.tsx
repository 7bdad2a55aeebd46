"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Modal } from "@/components/glossary/modal";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import type { DictionaryWordData } from "@/lib/validation/word";

interface Props {
  title: string;
  initial: DictionaryWordData;
  onSubmit: (data: DictionaryWordData) => Promise<string | null>;
  onClose: () => void;
}

/** A new word or an edit; the server validates it again and says what is wrong. */
export function WordForm({ title, initial, onSubmit, onClose }: Props) {
  const t = useTranslations("dictionary");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(
      await onSubmit({
        word: String(form.get("word") ?? ""),
        locale: String(form.get("locale")) as DictionaryWordData["locale"],
        note: String(form.get("note") ?? "") || null,
      }),
    );
    setPending(false);
  }

  return (
    <Modal title={title} description={t("form.description")} onClose={onClose}>
      <form onSubmit={submit} className="space-y-3">
        {error ? <Alert>{error}</Alert> : null}
        <Field label={t("form.word")} hint={t("form.wordHint")}>
          <Input name="word" defaultValue={initial.word} required maxLength={60} autoFocus lang="pt" autoComplete="off" />
        </Field>
        <Field label={t("form.locale")}>
          <Select name="locale" defaultValue={initial.locale}>
            <option value="both">{t("both")}</option>
            <option value="pt-PT">pt-PT</option>
            <option value="pt-BR">pt-BR</option>
          </Select>
        </Field>
        <Field label={t("form.note")} hint={t("form.noteHint")}>
          <Textarea name="note" rows={2} maxLength={500} defaultValue={initial.note ?? ""} />
        </Field>
        <div className="flex justify-end gap-2 pt-1">
          <Button variant="secondary" onClick={onClose}>
            {t("form.cancel")}
          </Button>
          <Button type="submit" disabled={pending}>
            {t("form.save")}
          </Button>
        </div>
      </form>
    </Modal>
  );
}
