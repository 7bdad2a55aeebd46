"use client";

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
    <Modal title={title} description="The spelling check accepts the word, whatever its case, in every article of its locale." onClose={onClose}>
      <form onSubmit={submit} className="space-y-3">
        {error ? <Alert>{error}</Alert> : null}
        <Field label="Word" hint="Letters, with a hyphen or an apostrophe between them; at most 60.">
          <Input name="word" defaultValue={initial.word} required maxLength={60} autoFocus lang="pt" autoComplete="off" />
        </Field>
        <Field label="Locale">
          <Select name="locale" defaultValue={initial.locale}>
            <option value="both">both</option>
            <option value="pt-PT">pt-PT</option>
            <option value="pt-BR">pt-BR</option>
          </Select>
        </Field>
        <Field label="Note" hint="Optional: why the word is right, or where it comes from.">
          <Textarea name="note" rows={2} maxLength={500} defaultValue={initial.note ?? ""} />
        </Field>
        <div className="flex justify-end gap-2 pt-1">
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" disabled={pending}>
            Save
          </Button>
        </div>
      </form>
    </Modal>
  );
}
