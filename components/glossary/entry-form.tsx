"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import type { GlossaryEntryData } from "@/lib/glossary/types";
import { Modal } from "./modal";

interface Props {
  title: string;
  initial: GlossaryEntryData;
  submitLabel: string;
  /** Administrators may also choose the calque type. */
  allowCalque: boolean;
  onSubmit: (entry: GlossaryEntryData) => Promise<string | null>;
  onClose: () => void;
}

/** One form for a new entry, an edit and an accepted suggestion; the server validates it again. */
export function EntryForm({ title, initial, submitLabel, allowCalque, onSubmit, onClose }: Props) {
  const t = useTranslations("glossary.form");
  const types = useTranslations("glossary.types");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(
      await onSubmit({
        preferred: String(form.get("preferred") ?? ""),
        variants: String(form.get("variants") ?? "").split("\n"),
        sourceTerm: String(form.get("sourceTerm") ?? "") || null,
        type: String(form.get("type")) as GlossaryEntryData["type"],
        caseSensitive: form.get("caseSensitive") === "on",
        locale: String(form.get("locale")) as GlossaryEntryData["locale"],
        note: String(form.get("note") ?? "") || null,
      }),
    );
    setPending(false);
  }

  return (
    <Modal title={title} onClose={onClose}>
      <form onSubmit={submit} className="space-y-3">
        {error ? <Alert>{error}</Alert> : null}
        <Field label={t("preferred")}>
          <Input name="preferred" defaultValue={initial.preferred} required autoFocus />
        </Field>
        <Field label={t("variants")} hint={t("variantsHint")}>
          <Textarea name="variants" rows={3} defaultValue={initial.variants.join("\n")} />
        </Field>
        <div className="grid grid-cols-2 gap-3">
          <Field label={t("type")}>
            <Select name="type" defaultValue={initial.type}>
              <option value="entity">{t("typeEntity")}</option>
              <option value="term">{types("term")}</option>
              {allowCalque || initial.type === "calque" ? <option value="calque">{types("calque")}</option> : null}
            </Select>
          </Field>
          <Field label={t("locale")}>
            <Select name="locale" defaultValue={initial.locale}>
              <option value="both">{t("localeBoth")}</option>
              <option value="pt-PT">pt-PT</option>
              <option value="pt-BR">pt-BR</option>
            </Select>
          </Field>
        </div>
        <Field label={t("sourceTerm")}>
          <Input name="sourceTerm" defaultValue={initial.sourceTerm ?? ""} lang="zh" />
        </Field>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="caseSensitive" defaultChecked={initial.caseSensitive} className="size-4 accent-accent" />
          {t("caseSensitive")} <span className="text-stone-500">{t("caseSensitiveHint")}</span>
        </label>
        <Field label={t("note")}>
          <Textarea name="note" rows={2} defaultValue={initial.note ?? ""} />
        </Field>
        <div className="flex justify-end gap-2 pt-1">
          <Button variant="secondary" onClick={onClose}>
            {t("cancel")}
          </Button>
          <Button type="submit" disabled={pending}>
            {submitLabel}
          </Button>
        </div>
      </form>
    </Modal>
  );
}
