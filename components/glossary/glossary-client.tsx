"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { acceptGlossarySuggestion } from "@/lib/actions/accept-glossary-suggestion";
import { findSpellingSuggestions } from "@/lib/actions/find-spelling-suggestions";
import { rejectGlossarySuggestion } from "@/lib/actions/reject-glossary-suggestion";
import { removeGlossaryEntry } from "@/lib/actions/remove-glossary-entry";
import { saveGlossaryEntry } from "@/lib/actions/save-glossary-entry";
import { canEditGlossaryType } from "@/lib/auth/permissions/glossary";
import type { GlossaryEntryData } from "@/lib/glossary/types";
import { ApplyDialog } from "./apply-dialog";
import { BulkChanges } from "./bulk-changes";
import { EntriesTable } from "./entries-table";
import { EntryForm } from "./entry-form";
import { EntryHistoryDialog } from "./history-dialog";
import { ImportExportPanel } from "./import-panel";
import { SuggestionsList } from "./suggestions-list";
import type { ApplySource, ArticleOption, BulkChangeRow, EntryRow, SuggestionRow } from "./types";
import type { Role } from "@/lib/domain";

interface Props {
  entries: EntryRow[];
  suggestions: SuggestionRow[];
  bulkChanges: BulkChangeRow[];
  articles: ArticleOption[];
  role: Role;
  /** Preselected scope for apply-to-all (?article=ID). */
  articleId: number | null;
}

type Editing = { kind: "new" } | { kind: "edit"; entry: EntryRow } | { kind: "accept"; suggestion: SuggestionRow };

const EMPTY: GlossaryEntryData = { preferred: "", variants: [], sourceTerm: null, type: "term", caseSensitive: false, locale: "both", note: null };

function fromSuggestion(s: SuggestionRow): GlossaryEntryData {
  return { ...EMPTY, preferred: s.preferred, variants: s.variants, type: s.type };
}

export function GlossaryClient({ entries, suggestions, bulkChanges, articles, role, articleId }: Props) {
  const t = useTranslations("glossary");
  const router = useRouter();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [history, setHistory] = useState<EntryRow | null>(null);
  const [applying, setApplying] = useState<ApplySource | null>(null);
  const [pending, startTransition] = useTransition();
  const canEdit = role !== "viewer";

  async function submit(entry: GlossaryEntryData): Promise<string | null> {
    if (!editing) return null;
    if (editing.kind === "accept") {
      const result = await acceptGlossarySuggestion({ id: editing.suggestion.id, entry });
      if (!result.ok) return result.error;
      toast.success(t("inGlossary", { preferred: entry.preferred }), {
        action: entry.variants.length > 0 ? { label: t("applyToAll"), onClick: () => setApplying({ ...entry }) } : undefined,
      });
    } else {
      const result = await saveGlossaryEntry({ id: editing.kind === "edit" ? editing.entry.id : undefined, entry });
      if (!result.ok) return result.error;
      toast.success(editing.kind === "edit" ? t("entrySaved") : t("entryAdded", { preferred: entry.preferred }));
    }
    setEditing(null);
    router.refresh();
    return null;
  }

  function run<T>(work: () => Promise<{ ok: true; data: T } | { ok: false; error: string }>, done: (data: T) => void) {
    startTransition(async () => {
      const result = await work();
      if (!result.ok) return void toast.error(result.error);
      done(result.data);
      router.refresh();
    });
  }

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="mr-auto font-serif text-2xl font-semibold">{t("title")}</h1>
        {canEdit ? (
          <>
            <Button variant="secondary" disabled={pending} onClick={() => run(() => findSpellingSuggestions({}), ({ found }) => toast.success(found > 0 ? t("spellingsFound", { count: found }) : t("noSpellings")))}>
              {t("findSpellings")}
            </Button>
            <Button onClick={() => setEditing({ kind: "new" })}>{t("newEntry")}</Button>
          </>
        ) : null}
      </div>

      {suggestions.length > 0 ? (
        <section aria-labelledby="suggestions" className="space-y-2">
          <h2 id="suggestions" className="font-medium">
            {t("suggestions")} <span className="text-sm font-normal text-stone-500">({suggestions.length})</span>
          </h2>
          <SuggestionsList
            suggestions={suggestions}
            canEdit={canEdit}
            busy={pending}
            onAccept={(suggestion) => setEditing({ kind: "accept", suggestion })}
            onApply={(s) => setApplying({ preferred: s.preferred, variants: s.variants, type: s.type, caseSensitive: false })}
            onReject={(s) => run(() => rejectGlossarySuggestion({ id: s.id }), () => toast.success(t("rejected", { preferred: s.preferred })))}
          />
        </section>
      ) : null}

      {/* One shrinkable column on a phone: a grid column sized to its content would let the table widen the page. */}
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <EntriesTable
          entries={entries}
          canEdit={(e) => canEditGlossaryType(role, e.type)}
          onEdit={(entry) => setEditing({ kind: "edit", entry })}
          onHistory={setHistory}
          onApply={(e) => setApplying({ preferred: e.preferred, variants: e.variants, type: e.type, caseSensitive: e.caseSensitive })}
          onDelete={(e) => {
            if (window.confirm(t("confirmDelete", { preferred: e.preferred }))) run(() => removeGlossaryEntry({ id: e.id }), () => toast.success(t("entryDeleted")));
          }}
        />
        <div className="space-y-6">
          <ImportExportPanel canEdit={canEdit} />
          <BulkChanges changes={bulkChanges} canEdit={canEdit} />
        </div>
      </div>

      {editing ? (
        <EntryForm
          title={editing.kind === "new" ? t("form.newTitle") : editing.kind === "edit" ? t("form.editTitle", { preferred: editing.entry.preferred }) : t("form.acceptTitle")}
          submitLabel={editing.kind === "accept" ? t("form.accept") : t("form.save")}
          initial={editing.kind === "new" ? EMPTY : editing.kind === "edit" ? editing.entry : fromSuggestion(editing.suggestion)}
          allowCalque={role === "admin"}
          onSubmit={submit}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {history ? <EntryHistoryDialog entryId={history.id} title={history.preferred} onClose={() => setHistory(null)} /> : null}
      {applying ? <ApplyDialog source={applying} articles={articles} initialArticleId={articleId} onClose={() => setApplying(null)} /> : null}
    </div>
  );
}
