"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/field";

interface Props {
  value: string;
  onChange: (value: string) => void;
  onSave: () => void;
  onCancel: () => void;
  pending: boolean;
  lang: string;
}

export function ParagraphEditor({ value, onChange, onSave, onCancel, pending, lang }: Props) {
  const t = useTranslations("workspace.editor");
  return (
    <div className="space-y-2">
      <Textarea
        aria-label={t("label")}
        autoFocus
        lang={lang}
        rows={Math.min(16, Math.max(3, Math.ceil(value.length / 70)))}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            onSave();
          } else if (e.key === "Escape") {
            e.preventDefault();
            onCancel();
          }
        }}
      />
      <div className="flex items-center gap-2">
        <Button size="sm" onClick={onSave} disabled={pending}>
          {pending ? t("saving") : t("save")}
        </Button>
        <Button size="sm" variant="ghost" onClick={onCancel} disabled={pending}>
          {t("cancel")}
        </Button>
        <span className="text-xs text-stone-500">{t("hint")}</span>
      </div>
    </div>
  );
}
