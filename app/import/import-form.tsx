"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { FileInput } from "@/components/ui/file-input";
import { MAX_TITLE_LENGTH } from "@/lib/validation/limits";
import { readImportStream, type ImportEvent } from "./import-stream";
import { DuplicateNotice } from "@/components/articles/duplicate-notice";
import type { DuplicateArticle } from "@/lib/data/article-duplicates";
import { LocaleHint } from "./locale-hint";
import { RefusalNotice, type Confirmation, type Refusal } from "./refusal-notice";
import { SourceChoice, type Source } from "./source-choice";
import { useFormatBytes } from "@/components/ui/use-format-bytes";
import { useSourceAtImport } from "@/components/source/use-source-at-import";
import type { Locale } from "@/lib/domain";

export function ImportForm({ maxBytes, isAdministrator }: { maxBytes: number; isAdministrator: boolean }) {
  const t = useTranslations("import.form");
  const tArticles = useTranslations("articles.locales");
  const formatBytes = useFormatBytes();
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [progress, setProgress] = useState<{ stage: string; done: number; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [duplicates, setDuplicates] = useState<{ list: DuplicateArticle[]; source: Source | null } | null>(null);
  const [choosing, setChoosing] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [pasted, setPasted] = useState("");
  const [locale, setLocale] = useState<Locale | "detect">("detect");
  const advice = t(isAdministrator ? "advice.administrator" : "advice.editor");
  const original = useSourceAtImport();

  /** What the form holds: the chosen file (an input with no choice still sends an empty, nameless one) and the pasted text. */
  function held(form: FormData) {
    const file = form.get("file");
    const text = String(form.get("text") ?? "");
    return { file: file instanceof File && file.name ? file : null, text: text.trim() ? text : null };
  }

  async function send(confirmation: Confirmation = {}) {
    const form = new FormData(formRef.current!);
    const { file, text } = held(form);
    const source: Source | null = confirmation.source ?? (file && text ? null : file ? "file" : text ? "text" : null);
    setError(null);
    setRefusal(null);
    if (file && text && !source) return setChoosing(file.name);
    setChoosing(null);
    if (source === "file") form.delete("text");
    if (source === "text") form.delete("file");
    if (source === "file" && file!.size > maxBytes) {
      return setError(t("fileTooLarge", { name: file!.name, size: formatBytes(file!.size), limit: formatBytes(maxBytes), advice }));
    }
    const textBytes = source === "text" ? new TextEncoder().encode(text!).byteLength : 0;
    if (textBytes > maxBytes) return setError(t("textTooLarge", { size: formatBytes(textBytes), limit: formatBytes(maxBytes), advice }));
    if (confirmation.encoding) form.set("encoding", confirmation.encoding);
    if (confirmation.removeControlCharacters) form.set("removeControlCharacters", "yes");
    form.set("duplicate", confirmation.allowDuplicate ? "import" : "check");
    setDuplicates(null);
    setBusy(true);
    setProgress({ stage: "uploading", done: 0, total: 1 });
    try {
      const response = await fetch("/api/import", { method: "POST", body: form });
      if (!response.ok || !response.body) {
        const body = await response.json().catch(() => ({ error: t("serverAnswered", { status: response.status }) }));
        setError(body.error);
        return;
      }
      for await (const event of readImportStream(response.body)) handle(event, source);
    } catch {
      setError(t("connectionLost"));
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }

  function handle(event: ImportEvent, source: Source | null) {
    if (event.type === "progress") setProgress(event);
    else if (event.type === "failed") setError(event.message);
    else if (event.type === "duplicate") setDuplicates({ list: event.duplicates, source });
    else if (event.type === "refused") {
      setRefusal({ ...event.error, source: source ?? undefined });
      const title = formRef.current?.elements.namedItem("title");
      if (event.error.code === "no_title" && event.error.proposedTitle && title instanceof HTMLInputElement) {
        title.value = event.error.proposedTitle;
        title.focus();
        title.select();
      }
    } else {
      const c = event.counts;
      const values = { title: event.title, locale: event.locale.chosen, ...c };
      const words = event.locale.evidence.slice(0, 3).map((e) => `«${e.form}»`).join(", ");
      toast.success(event.locale.detected === event.locale.chosen ? t("importedDetected", { ...values, words }) : t("imported", values));
      for (const warning of event.warnings) toast.warning(warning);
      void original.attach(event.id).finally(() => router.push(`/articles/${event.id}`));
    }
  }

  return (
    <form
      ref={formRef}
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
      className="space-y-4 rounded-lg border border-stone-200 bg-white p-5 shadow-sm"
    >
      {error ? <Alert>{error}</Alert> : null}
      {refusal ? <RefusalNotice refusal={refusal} onConfirm={send} busy={busy} /> : null}
      {duplicates ? (
        <DuplicateNotice
          duplicates={duplicates.list}
          busy={busy}
          onImportAnyway={() => void send({ allowDuplicate: true, source: duplicates.source ?? undefined })}
          onCancel={() => setDuplicates(null)}
        />
      ) : null}
      {choosing ? <SourceChoice fileName={choosing} onChoose={(source) => void send({ source })} onCancel={() => setChoosing(null)} busy={busy} /> : null}
      <div className="grid gap-4 sm:grid-cols-[1fr_15rem]">
        <Field label={t("titleLabel")} hint={t("titleHint", { max: MAX_TITLE_LENGTH })}>
          <Input name="title" maxLength={MAX_TITLE_LENGTH} />
        </Field>
        <Field label={t("locale")}>
          <Select name="locale" value={locale} onChange={(e) => setLocale(e.target.value as Locale | "detect")}>
            <option value="detect">{t("detect")}</option>
            <option value="pt-PT">{tArticles("pt-PT")}</option>
            <option value="pt-BR">{tArticles("pt-BR")}</option>
          </Select>
        </Field>
      </div>
      <Field label={t("file")} hint={t("fileHint", { size: formatBytes(maxBytes) })}>
        <FileInput name="file" accept=".txt,.md,.markdown,.html,.htm,.docx,text/plain,text/markdown,text/html" />
      </Field>
      <Field label={t("paste")}>
        <Textarea name="text" rows={10} lang="pt" placeholder={t("pastePlaceholder")} onChange={(e) => setPasted(e.target.value)} />
      </Field>
      <LocaleHint text={pasted} chosen={locale} />
      {original.field}
      {progress ? <ProgressBar {...progress} /> : null}
      <Button type="submit" disabled={busy}>
        {busy ? t("importing") : t("submit")}
      </Button>
    </form>
  );
}

function ProgressBar({ stage, done, total }: { stage: string; done: number; total: number }) {
  const t = useTranslations("import.progress");
  const percent = total > 0 ? Math.round((100 * done) / total) : 0;
  return (
    <div className="space-y-1" role="status" aria-live="polite">
      <div className="text-xs text-stone-600">
        {stage === "uploading" ? t("uploading") : t(stage === "parsing" ? "parsing" : "saving", { done, total })}
      </div>
      <progress className="h-2 w-full accent-accent" max={100} value={percent} aria-label={t("label")} />
    </div>
  );
}
