"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FileInput } from "@/components/ui/file-input";
import { useFormatBytes } from "@/components/ui/use-format-bytes";
import { useRefusal } from "./use-refusal";

/** On the import page: a CAT tool's XLIFF 1.2 or 2.0 file becomes an article with its Chinese original aligned. */
export function XliffImportForm({ maxBytes }: { maxBytes: number }) {
  const t = useTranslations("bilingual.xliff");
  const formatBytes = useFormatBytes();
  const refusal = useRefusal();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function send(form: FormData) {
    const file = form.get("file");
    setError(null);
    if (!(file instanceof File) || !file.name) return setError(t("nothing"));
    if (file.size > maxBytes) return setError(t("tooLarge", { size: formatBytes(file.size), limit: formatBytes(maxBytes) }));
    setBusy(true);
    try {
      const response = await fetch("/api/import/xliff", { method: "POST", body: form });
      const body = await response.json().catch(() => ({}));
      if (!response.ok) return setError(refusal(body, response.status));
      toast.success(t(body.source === "zh" ? "imported" : "importedWithoutSource", { title: body.title, units: body.units, paragraphs: body.paragraphs }));
      router.push(`/articles/${body.id}`);
    } catch {
      setError(t("connection"));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="xliff-import" className="space-y-3 rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
      <h2 id="xliff-import" className="font-serif text-lg font-semibold">
        {t("heading")}
      </h2>
      <p className="text-sm text-stone-600">{t("intro")}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void send(new FormData(e.currentTarget));
        }}
        className="space-y-3"
      >
        {error ? <Alert>{error}</Alert> : null}
        <Field label={t("file")} hint={t("fileHint", { limit: formatBytes(maxBytes) })}>
          <FileInput name="file" accept=".xlf,.xliff,application/xliff+xml,application/xml,text/xml" />
        </Field>
        <Button type="submit" variant="secondary" disabled={busy}>
          {busy ? t("importing") : t("submit")}
        </Button>
      </form>
    </section>
  );
}
