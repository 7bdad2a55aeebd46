"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { Field, Textarea } from "@/components/ui/field";
import { FileInput } from "@/components/ui/file-input";
import { useRefusal } from "./use-refusal";

/**
 * The import form's optional Chinese original, given to the new article once it exists. Its fields have no names,
 * so the article's own upload does not carry them; a refused original leaves the article imported and says why.
 */
export function useSourceAtImport() {
  const t = useTranslations("bilingual.atImport");
  const refusal = useRefusal();
  const [text, setText] = useState("");
  const [file, setFile] = useState<File | null>(null);

  async function attach(articleId: number) {
    if (!text.trim() && !file) return;
    const form = new FormData();
    if (file) form.set("file", file);
    if (text.trim()) form.set("text", text);
    try {
      const response = await fetch(`/api/articles/${articleId}/source`, { method: "POST", body: form });
      const body = await response.json().catch(() => ({}));
      if (response.ok) toast.success(t("attached", { paragraphs: body.paragraphs }));
      else toast.error(t("refused", { reason: refusal(body, response.status) }), { duration: 15_000 });
    } catch {
      toast.error(t("refused", { reason: t("connection") }), { duration: 15_000 });
    }
  }

  const field = (
    <details className="rounded-md border border-stone-200 px-3 py-2">
      <summary className="cursor-pointer text-sm font-medium text-stone-800">{t("summary")}</summary>
      <div className="mt-3 space-y-3">
        <Field label={t("paste")} hint={t("hint")}>
          <Textarea value={text} onChange={(e) => setText(e.target.value)} rows={6} lang="zh" />
        </Field>
        <Field label={t("file")}>
          <FileInput onChange={(e) => setFile(e.target.files?.[0] ?? null)} accept=".txt,.md,.markdown,.html,.htm,.docx,text/plain,text/markdown,text/html" />
        </Field>
      </div>
    </details>
  );
  return { field, attach };
}
