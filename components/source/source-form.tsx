"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import { FileInput } from "@/components/ui/file-input";
import { useFormatBytes } from "@/components/ui/use-format-bytes";
import { useRefusal } from "./use-refusal";

interface Current {
  version: number;
  createdBy: string | null;
  createdAt: string;
  paragraphs: number;
}

/**
 * Paste the Chinese original or choose its file (txt, md, html, docx: split as the importer splits articles). When
 * the article has one, the server asks first and the form says which it would replace; the Portuguese is never touched.
 */
export function SourceForm({ articleId, maxBytes }: { articleId: number; maxBytes: number }) {
  const t = useTranslations("bilingual.form");
  const formatBytes = useFormatBytes();
  const format = useFormatter();
  const refusal = useRefusal();
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<Current | null>(null);
  const [busy, setBusy] = useState(false);

  async function send(replace: boolean) {
    const form = new FormData(formRef.current!);
    const file = form.get("file");
    const chosen = file instanceof File && file.name ? file : null;
    const text = String(form.get("text") ?? "").trim();
    setError(null);
    if (chosen && text) return setError(t("both"));
    if (!chosen && !text) return setError(t("nothing"));
    if (chosen && chosen.size > maxBytes) return setError(t("tooLarge", { size: formatBytes(chosen.size), limit: formatBytes(maxBytes) }));
    if (!chosen) form.delete("file");
    if (replace) form.set("replace", "yes");
    setBusy(true);
    try {
      const response = await fetch(`/api/articles/${articleId}/source`, { method: "POST", body: form });
      const body = await response.json().catch(() => ({}));
      if (response.status === 409 && body.code === "needs_confirmation") return setConfirming(body.current);
      setConfirming(null);
      if (!response.ok) return setError(refusal(body, response.status));
      toast.success(t("saved", { version: body.version, paragraphs: body.paragraphs, links: body.links }));
      router.push(`/articles/${articleId}`);
      router.refresh();
    } catch {
      setError(t("connection"));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      ref={formRef}
      onSubmit={(e) => {
        e.preventDefault();
        void send(false);
      }}
      className="space-y-4 rounded-lg border border-stone-200 bg-white p-5 shadow-sm"
    >
      {error ? <Alert>{error}</Alert> : null}
      {confirming ? (
        <Alert tone="warning" className="space-y-2">
          <p>
            {t("confirm", {
              version: confirming.version,
              name: confirming.createdBy ?? t("someone"),
              when: format.dateTime(new Date(confirming.createdAt), { dateStyle: "medium", timeStyle: "short" }),
              paragraphs: confirming.paragraphs,
            })}
          </p>
          <div className="flex flex-wrap gap-2">
            <Button size="sm" variant="danger" disabled={busy} onClick={() => void send(true)}>
              {t("replace")}
            </Button>
            <Button size="sm" variant="secondary" disabled={busy} onClick={() => setConfirming(null)}>
              {t("cancel")}
            </Button>
          </div>
        </Alert>
      ) : null}
      <Field label={t("paste")} hint={t("pasteHint")}>
        <Textarea name="text" rows={10} lang="zh" placeholder={t("placeholder")} />
      </Field>
      <Field label={t("file")} hint={t("fileHint", { limit: formatBytes(maxBytes) })}>
        <FileInput name="file" accept=".txt,.md,.markdown,.html,.htm,.docx,text/plain,text/markdown,text/html" />
      </Field>
      <Button type="submit" disabled={busy}>
        {busy ? t("saving") : t("submit")}
      </Button>
    </form>
  );
}
