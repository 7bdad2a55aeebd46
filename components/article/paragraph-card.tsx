"use client";

import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { approve, changeParagraphKind, saveParagraph } from "@/lib/actions/paragraph-actions";
import type { ParagraphKind } from "@/lib/checks/types";
import { cn } from "@/lib/cn";
import { ConflictPanel } from "./conflict-panel";
import { ParagraphEditor } from "./paragraph-editor";
import { StatusBadge } from "./status-badge";
import type { WorkspaceParagraph } from "./types";

const timeFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "short", timeStyle: "short" });

interface Props {
  paragraph: WorkspaceParagraph;
  locale: string;
  canEdit: boolean;
  onChange: (paragraph: WorkspaceParagraph) => void;
}

export function ParagraphCard({ paragraph: p, locale, canEdit, onChange }: Props) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(p.currentText);
  const [conflict, setConflict] = useState<{ mine: string; theirs: WorkspaceParagraph } | null>(null);
  const [pending, startTransition] = useTransition();

  function save(text: string, baseVersion: number) {
    startTransition(async () => {
      const result = await saveParagraph({ paragraphId: p.id, baseVersion, text });
      if (!result.ok) return void toast.error(result.error);
      if (result.data.status === "conflict") {
        setConflict({ mine: text, theirs: result.data.current });
        return;
      }
      setConflict(null);
      setEditing(false);
      onChange(result.data.paragraph);
      if (result.data.changed) toast.success(`Paragraph ${p.position + 1} saved`);
    });
  }

  function setKind(kind: ParagraphKind) {
    startTransition(async () => {
      const result = await changeParagraphKind({ paragraphId: p.id, kind });
      if (!result.ok) return void toast.error(result.error);
      onChange(result.data);
    });
  }

  function approveThis() {
    startTransition(async () => {
      const result = await approve({ paragraphId: p.id, baseVersion: p.version });
      if (!result.ok) return void toast.error(result.error);
      if (result.data.status === "conflict") {
        toast.error("Someone changed this paragraph meanwhile: read the new text before approving.");
        onChange(result.data.current);
        return;
      }
      onChange(result.data.paragraph);
    });
  }

  const muted = p.kind === "boilerplate" || p.kind === "metadata";
  return (
    <article
      aria-label={`Paragraph ${p.position + 1}`}
      data-paragraph-id={p.id}
      className={cn("rounded-lg border bg-white p-4 shadow-sm", muted ? "border-dashed border-stone-300 bg-stone-50" : "border-stone-200")}
    >
      <div className="mb-2 flex flex-wrap items-center gap-2 text-xs text-stone-500">
        <span className="font-mono">#{p.position + 1}</span>
        {canEdit ? (
          <Select
            aria-label={`Kind of paragraph ${p.position + 1}`}
            value={p.kind}
            disabled={pending}
            onChange={(e) => setKind(e.target.value as ParagraphKind)}
            className="h-7 w-auto py-0 text-xs"
          >
            <option value="body">body</option>
            <option value="heading">heading</option>
            <option value="metadata">metadata</option>
            <option value="boilerplate">boilerplate</option>
          </Select>
        ) : (
          <span className="rounded bg-stone-100 px-1.5 py-0.5">{p.kind}</span>
        )}
        <StatusBadge status={p.status} />
        <span className="ml-auto">
          v{p.version}
          {p.updatedBy ? ` · ${p.updatedBy.name}` : ""} · {timeFormat.format(new Date(p.updatedAt))}
          {p.status === "approved" && p.approvedBy && p.approvedAt
            ? ` · approved by ${p.approvedBy.name} ${timeFormat.format(new Date(p.approvedAt))}`
            : ""}
        </span>
      </div>

      <div className="grid gap-3 md:grid-cols-2">
        <section aria-label="Machine translation">
          <h3 className="mb-1 text-[11px] font-semibold uppercase tracking-wide text-stone-400">Machine translation</h3>
          <p lang={locale} className="whitespace-pre-wrap text-sm leading-relaxed text-stone-500">{p.machineText}</p>
        </section>
        <section aria-label="Current text">
          <h3 className="mb-1 text-[11px] font-semibold uppercase tracking-wide text-stone-400">Current text</h3>
          {editing ? (
            <ParagraphEditor
              value={draft}
              onChange={setDraft}
              onSave={() => save(draft, p.version)}
              onCancel={() => {
                setEditing(false);
                setDraft(p.currentText);
              }}
              pending={pending}
              lang={locale}
            />
          ) : (
            <p lang={locale} data-testid="current-text" className={cn("whitespace-pre-wrap leading-relaxed", p.kind === "heading" && "font-semibold")}>
              {p.currentText}
            </p>
          )}
        </section>
      </div>

      {conflict ? (
        <ConflictPanel
          mine={conflict.mine}
          theirs={conflict.theirs}
          pending={pending}
          onKeepTheirs={() => {
            onChange(conflict.theirs);
            setDraft(conflict.theirs.currentText);
            setConflict(null);
            setEditing(false);
          }}
          onKeepMine={() => save(conflict.mine, conflict.theirs.version)}
          onMerge={(merged) => {
            onChange(conflict.theirs);
            setDraft(merged);
            setConflict(null);
            setEditing(true);
          }}
        />
      ) : null}

      {canEdit && !editing && !conflict ? (
        <div className="mt-3 flex gap-2">
          <Button size="sm" variant="secondary" onClick={() => { setDraft(p.currentText); setEditing(true); }}>
            Edit
          </Button>
          {p.status !== "approved" ? (
            <Button size="sm" variant="secondary" disabled={pending} onClick={approveThis}>
              Approve
            </Button>
          ) : null}
        </div>
      ) : null}
    </article>
  );
}
