"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button, buttonVariants } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FileInput } from "@/components/ui/file-input";
import type { WordedRowError } from "@/lib/glossary/types";

/** Import (CSV or TBX, all or nothing unless bad rows are skipped) and the two downloads. */
export function ImportExportPanel({ canEdit }: { canEdit: boolean }) {
  const t = useTranslations("glossary.io");
  const router = useRouter();
  const [report, setReport] = useState<{ refused: boolean; rows: WordedRowError[] } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setReport(null);
    setMessage(null);
    const response = await fetch("/api/glossary/import", { method: "POST", body: new FormData(event.currentTarget) });
    const body = await response.json().catch(() => ({ error: t("unreadable") }));
    setPending(false);
    if (body.errors) return setReport({ refused: true, rows: body.errors });
    if (!response.ok) return setMessage(body.error ?? t("failed"));
    toast.success(t("imported", { created: body.created, updated: body.updated, unchanged: body.unchanged }));
    if (body.skipped.length > 0) setReport({ refused: false, rows: body.skipped });
    router.refresh();
  }

  return (
    <section aria-labelledby="import-export" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="import-export" className="font-medium">
        {t("heading")}
      </h2>
      <div className="flex flex-wrap gap-2">
        <a href="/api/glossary/export?format=csv" className={buttonVariants({ variant: "secondary", size: "sm" })} download>
          {t("exportCsv")}
        </a>
        <a href="/api/glossary/export?format=tbx" className={buttonVariants({ variant: "secondary", size: "sm" })} download>
          {t("exportTbx")}
        </a>
      </div>
      {canEdit ? (
        <form onSubmit={submit} className="space-y-2">
          <Field label={t("file")} hint={t("fileHint")}>
            <FileInput name="file" accept=".csv,.tbx,.xml" required />
          </Field>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="skipBadRows" value="yes" className="size-4 accent-accent" />
            {t("skipBadRows")}
          </label>
          <Button type="submit" size="sm" disabled={pending}>
            {t("import")}
          </Button>
          {message ? <Alert>{message}</Alert> : null}
          {report ? (
            <Alert tone={report.refused ? "error" : "warning"}>
              <p className="font-medium">{report.refused ? t("refused") : t("skipped")}</p>
              <ul className="mt-1 list-disc pl-5">
                {report.rows.map((e, i) => (
                  <li key={i}>
                    {t("line", { line: e.line, message: e.message })}
                  </li>
                ))}
              </ul>
            </Alert>
          ) : null}
        </form>
      ) : null}
    </section>
  );
}
