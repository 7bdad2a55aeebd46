"use client";

import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Field, Select, Textarea } from "@/components/ui/field";
import { useMqmNames } from "@/components/report/use-mqm-names";
import { annotateSpan } from "@/lib/actions/annotate-span";
import type { AnnotationView } from "@/lib/data/annotations";
import { MQM_CATEGORIES, MQM_SEVERITIES, MQM_TYPOLOGY, type MqmCategory, type MqmSeverity } from "@/lib/metrics/mqm-typology";
import { classifyFlag } from "@/lib/report/annotation-from-flag";
import { MAX_COMMENT_LENGTH } from "@/lib/report/annotation-input";
import type { Category, Severity } from "@/lib/domain";

export interface AnnotationSpan {
  paragraphId: number;
  /** UTF-16 offsets into the paragraph's current text. */
  start: number;
  end: number;
  text: string;
}

export interface AnnotationFormProps {
  span: AnnotationSpan;
  /** When opened from a flag: category, subtype and severity start from it, and the check is recorded. */
  flag?: { check: string; category: Category; severity: Severity };
  onSaved?: (annotation: AnnotationView) => void;
  onCancel?: () => void;
}

/** Marks a span as an MQM error: category, then a subtype of it, severity and an optional comment. */
export function AnnotationForm({ span, flag, onSaved, onCancel }: AnnotationFormProps) {
  const initial = flag ? classifyFlag(flag) : { category: "Accuracy" as MqmCategory, subtype: null, severity: "minor" as MqmSeverity };
  const [category, setCategory] = useState<MqmCategory>(initial.category);
  const [subtype, setSubtype] = useState<string>(initial.subtype ?? "");
  const [severity, setSeverity] = useState<MqmSeverity>(initial.severity);
  const [comment, setComment] = useState("");
  const t = useTranslations("annotations.form");
  const names = useMqmNames();
  const [pending, startTransition] = useTransition();
  const severityName = useId();

  function submit(event: React.FormEvent) {
    event.preventDefault();
    startTransition(async () => {
      const result = await annotateSpan({ ...span, category, subtype: subtype || null, severity, comment, check: flag?.check ?? null });
      if (!result.ok) {
        toast.error(result.error);
        return;
      }
      toast.success(t("saved"));
      onSaved?.(result.data);
    });
  }

  return (
    <form onSubmit={submit} className="space-y-3" aria-label={t("label")}>
      <p className="rounded bg-stone-100 px-2 py-1 text-sm">
        <span className="text-stone-500">{t("span")} </span>
        <q className="font-medium">{span.text}</q>
      </p>
      <div className="grid grid-cols-2 gap-2">
        <Field label={t("category")}>
          <Select
            value={category}
            onChange={(e) => {
              setCategory(e.target.value as MqmCategory);
              setSubtype("");
            }}
          >
            {MQM_CATEGORIES.map((c) => (
              <option key={c} value={c}>{names.category(c)}</option>
            ))}
          </Select>
        </Field>
        <Field label={t("subtype")}>
          <Select value={subtype} onChange={(e) => setSubtype(e.target.value)}>
            <option value="">{t("none")}</option>
            {MQM_TYPOLOGY[category].map((s) => (
              <option key={s} value={s}>{names.subtype(s)}</option>
            ))}
          </Select>
        </Field>
      </div>
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium text-stone-800">{t("severity")}</legend>
        <div className="grid grid-cols-2 gap-1">
          {MQM_SEVERITIES.map((s) => (
            <label key={s} className="flex items-start gap-2 rounded border border-stone-200 px-2 py-1 text-sm has-[:checked]:border-accent has-[:checked]:bg-accent-soft">
              <input type="radio" name={severityName} value={s} checked={severity === s} onChange={() => setSeverity(s)} className="mt-1" />
              <span>
                <span className="font-medium">{names.severity(s)}</span>
                <span className="block text-xs text-stone-500">{t(`hints.${s}`)}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <Field label={t("comment")} hint={t("commentHint")}>
        <Textarea rows={2} maxLength={MAX_COMMENT_LENGTH} value={comment} onChange={(e) => setComment(e.target.value)} />
      </Field>
      <div className="flex justify-end gap-2">
        {onCancel ? (
          <Button variant="secondary" size="sm" onClick={onCancel}>{t("cancel")}</Button>
        ) : null}
        <Button type="submit" size="sm" disabled={pending}>{pending ? t("saving") : t("save")}</Button>
      </div>
    </form>
  );
}
