"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { formatBytes } from "@/lib/format";
import { readImportStream, type ImportEvent } from "./import-stream";

type Refusal = Extract<ImportEvent, { type: "refused" }>["error"];
type Confirmation = { encoding?: string; removeControlCharacters?: boolean };

export function ImportForm({ maxBytes }: { maxBytes: number }) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [progress, setProgress] = useState<{ stage: string; done: number; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [busy, setBusy] = useState(false);

  async function send(confirmation: Confirmation = {}) {
    const form = new FormData(formRef.current!);
    const file = form.get("file");
    if (file instanceof File && file.size > maxBytes) {
      setError(`“${file.name}” is ${formatBytes(file.size)}; the import limit is ${formatBytes(maxBytes)}. Nothing was imported.`);
      return;
    }
    if (confirmation.encoding) form.set("encoding", confirmation.encoding);
    if (confirmation.removeControlCharacters) form.set("removeControlCharacters", "yes");
    setBusy(true);
    setError(null);
    setRefusal(null);
    setProgress({ stage: "uploading", done: 0, total: 1 });
    try {
      const response = await fetch("/api/import", { method: "POST", body: form });
      if (!response.ok || !response.body) {
        const body = await response.json().catch(() => ({ error: `The server answered ${response.status}.` }));
        setError(body.error);
        return;
      }
      for await (const event of readImportStream(response.body)) {
        if (event.type === "progress") setProgress(event);
        else if (event.type === "refused") setRefusal(event.error);
        else if (event.type === "failed") setError(event.message);
        else {
          const c = event.counts;
          toast.success(`Imported “${event.title}”: ${c.body} body, ${c.heading} heading, ${c.metadata} metadata, ${c.boilerplate} boilerplate paragraphs.`);
          router.push(`/articles/${event.id}`);
        }
      }
    } catch {
      setError("The connection to the server was lost; check the article list before importing again.");
    } finally {
      setBusy(false);
      setProgress(null);
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
      <div className="grid gap-4 sm:grid-cols-[1fr_15rem]">
        <Field label="Title" hint="Leave empty to use the article's own headline.">
          <Input name="title" maxLength={1000} />
        </Field>
        <Field label="Target locale">
          <Select name="locale" defaultValue="pt-PT">
            <option value="pt-PT">Portuguese (Portugal)</option>
            <option value="pt-BR">Portuguese (Brazil)</option>
          </Select>
        </Field>
      </div>
      <Field label="File" hint={`.txt, .md, .html or .docx, up to ${formatBytes(maxBytes)}.`}>
        <Input name="file" type="file" accept=".txt,.md,.markdown,.html,.htm,.docx,text/plain,text/markdown,text/html" className="h-auto py-1.5" />
      </Field>
      <Field label="…or paste the text">
        <Textarea name="text" rows={10} lang="pt" placeholder="Título do artigo&#10;&#10;Autor|…&#10;&#10;Primeiro parágrafo…" />
      </Field>
      {progress ? <ProgressBar {...progress} /> : null}
      <Button type="submit" disabled={busy}>
        {busy ? "Importing…" : "Import"}
      </Button>
    </form>
  );
}

function ProgressBar({ stage, done, total }: { stage: string; done: number; total: number }) {
  const percent = total > 0 ? Math.round((100 * done) / total) : 0;
  return (
    <div className="space-y-1" role="status" aria-live="polite">
      <div className="text-xs text-stone-600">
        {stage === "uploading" ? "Uploading…" : `${stage === "parsing" ? "Reading" : "Saving"}: ${done} of ${total}`}
      </div>
      <progress className="h-2 w-full accent-accent" max={100} value={percent} aria-label="Import progress" />
    </div>
  );
}

const ENCODING_NAMES = { gb18030: "GB18030 (Chinese)", "windows-1252": "Windows-1252 (Western European)" } as const;

function RefusalNotice({ refusal, onConfirm, busy }: { refusal: Refusal; onConfirm: (c: Confirmation) => void; busy: boolean }) {
  return (
    <Alert tone="warning" className="space-y-2">
      <p>{refusal.message}</p>
      {refusal.code === "not_utf8" && refusal.detectedEncoding ? (
        <>
          {refusal.preview ? (
            <pre className="max-h-32 overflow-auto whitespace-pre-wrap rounded bg-white/70 p-2 text-xs">{refusal.preview}</pre>
          ) : null}
          <Button size="sm" disabled={busy} onClick={() => onConfirm({ encoding: refusal.detectedEncoding })}>
            Convert from {ENCODING_NAMES[refusal.detectedEncoding]} and import
          </Button>
        </>
      ) : null}
      {refusal.code === "control_characters" ? (
        <Button size="sm" disabled={busy} onClick={() => onConfirm({ removeControlCharacters: true })}>
          Remove the control characters and import
        </Button>
      ) : null}
    </Alert>
  );
}
