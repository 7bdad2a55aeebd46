"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { editArticleMetadata } from "@/lib/actions/edit-article-metadata";
import type { ArticleMetadataFields, MetadataField } from "@/lib/data/article-metadata";
import { LOCALES, type Locale } from "@/lib/domain/locale";
import { articleMetadataSchema, MAX_ARTICLE_TITLE_LENGTH, MAX_AUTHOR_LENGTH, MAX_SOURCE_NAME_LENGTH, MAX_SOURCE_URL_LENGTH } from "@/lib/validation/article-metadata";
import { useArticleAction } from "./use-article-action";

type Form = Record<MetadataField, string>;

const asForm = (f: ArticleMetadataFields): Form => ({ title: f.title, author: f.author ?? "", sourceName: f.sourceName ?? "", sourceUrl: f.sourceUrl ?? "", locale: f.locale });

/**
 * The article's metadata. What the reader types stays in the form whatever happens: a refusal or someone else's
 * save meanwhile never clears it; their newer value is shown under the field, and the next save is judged against it.
 */
export function ArticleMetadataForm({ articleId, stored, headlineVersion, canEdit }: { articleId: number; stored: ArticleMetadataFields; headlineVersion: number | null; canEdit: boolean }) {
  const t = useTranslations("articles");
  const { run, pending } = useArticleAction();
  const [form, setForm] = useState<Form>(() => asForm(stored));
  const [errors, setErrors] = useState<Partial<Record<MetadataField, string>>>({});
  // What the form was based on: a stored value that differs from it was saved by someone else meanwhile.
  const [loaded, setLoaded] = useState<Form>(() => asForm(stored));
  const now = asForm(stored);
  const set = (field: MetadataField) => (event: { target: { value: string } }) => setForm((f) => ({ ...f, [field]: event.target.value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = articleMetadataSchema.safeParse(form);
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [i.path[0], t(`validation.${i.message}` as "validation.titleRequired")])));
      return;
    }
    setErrors({});
    const expected = stored;
    run(
      () => editArticleMetadata({ articleId, expected, next: parsed.data, headlineVersion }),
      (data) => {
        setLoaded(asForm(parsed.data));
        toast.success(data.changed.length > 0 ? t("details.saved") : t("details.nothingChanged"));
      },
    );
  };

  const meanwhile = (field: MetadataField) =>
    now[field] !== loaded[field] && now[field] !== form[field] ? (
      <span className="block text-xs text-amber-800" data-testid={`meanwhile-${field}`}>
        {t("details.meanwhile", { value: now[field] || t("details.empty") })}
      </span>
    ) : null;
  const error = (field: MetadataField) => (errors[field] ? <span role="alert" className="block text-xs text-critical">{errors[field]}</span> : null);
  const text = (field: Exclude<MetadataField, "locale">, label: string, max: number, hint?: string, type = "text") => (
    <div>
      <Field label={label} hint={hint}>
        <Input name={field} type={type} value={form[field]} onChange={set(field)} maxLength={max} disabled={!canEdit} aria-invalid={errors[field] ? true : undefined} />
      </Field>
      {error(field)}
      {meanwhile(field)}
    </div>
  );
  return (
    <form onSubmit={submit} className="space-y-3" aria-label={t("details.metadata")}>
      {!canEdit ? <p className="text-sm text-stone-600">{t("details.readOnly")}</p> : null}
      {text("title", t("details.titleField"), MAX_ARTICLE_TITLE_LENGTH, headlineVersion !== null ? t("details.titleHint") : undefined)}
      <div className="grid gap-3 sm:grid-cols-2">
        {text("author", t("details.author"), MAX_AUTHOR_LENGTH)}
        {text("sourceName", t("details.sourceName"), MAX_SOURCE_NAME_LENGTH)}
      </div>
      {text("sourceUrl", t("details.sourceUrl"), MAX_SOURCE_URL_LENGTH, undefined, "url")}
      <div>
        <Field label={t("details.targetLocale")} hint={t("details.localeHint")}>
          <Select name="locale" value={form.locale} onChange={set("locale")} disabled={!canEdit}>
            {LOCALES.map((l: Locale) => (
              <option key={l} value={l}>{t(`locales.${l}`)}</option>
            ))}
          </Select>
        </Field>
        {meanwhile("locale")}
      </div>
      {canEdit ? (
        <Button type="submit" disabled={pending}>
          {pending ? t("details.saving") : t("details.save")}
        </Button>
      ) : null}
    </form>
  );
}
