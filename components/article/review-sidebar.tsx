"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { DismissalView } from "@/lib/data/dismissals";
import { cn } from "@/lib/cn";
import { countFlags, NO_FILTERS, type ReviewFilters, toggle } from "@/lib/review/filters";
import { CATEGORY_KEY } from "./category-key";
import { IgnoredWordsPanel } from "./ignored-words-panel";
import type { DiffMode } from "./paragraph-row";
import { SEVERITY_STYLE } from "./severity";
import type { WorkspaceParagraph } from "./types";
import { CATEGORIES, REVIEW_STATUSES, type Flag, type ReviewStatus, type Severity } from "@/lib/domain";

const SEVERITY_ORDER: Severity[] = ["critical", "major", "minor", "info"];

interface Props {
  paragraphs: WorkspaceParagraph[];
  flags: Record<number, Flag[]>;
  /** Null until counted (after the page is shown). */
  machineFlagCount: number | null;
  dismissals: DismissalView[];
  checkTitles: Record<string, string>;
  filters: ReviewFilters;
  onFilters: (filters: ReviewFilters) => void;
  diffMode: DiffMode;
  onDiffMode: (mode: DiffMode) => void;
  visibleCount: number;
  canEdit: boolean;
  pending: boolean;
  lastCheckMs: number | null;
  onRestoreDismissal: (dismissalId: number) => void;
  onShowDismissal: (paragraphId: number) => void;
  onShortcuts: () => void;
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="space-y-1.5">
      <h2 className="text-xs font-semibold uppercase tracking-wide text-stone-500">{title}</h2>
      {children}
    </section>
  );
}

function Check({ label, count, checked, onChange }: { label: React.ReactNode; count?: number; checked: boolean; onChange: () => void }) {
  return (
    <label className="flex cursor-pointer items-center gap-2 text-sm">
      <input type="checkbox" checked={checked} onChange={onChange} className="accent-accent" />
      <span className="flex-1">{label}</span>
      {count !== undefined ? <span className="tabular-nums text-xs text-stone-500">{count}</span> : null}
    </label>
  );
}

export function ReviewSidebar(props: Props) {
  const { paragraphs, flags, filters, onFilters } = props;
  const t = useTranslations("workspace");
  const counts = countFlags(flags);
  const approved = paragraphs.filter((p) => p.status === "approved").length;
  const set = (change: Partial<ReviewFilters>) => onFilters({ ...filters, ...change });
  const filtered = JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);
  const found = props.machineFlagCount === null ? null : Math.max(props.machineFlagCount, counts.total);
  const statusCount = (s: ReviewStatus) => paragraphs.filter((p) => p.status === s).length;

  return (
    <aside aria-label={t("sidebar.label")} className="space-y-5 self-start rounded-lg border border-stone-200 bg-white p-4 text-sm lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto">
      <Section title={t("sidebar.progress")}>
        <div>
          <div className="flex justify-between text-xs text-stone-600">
            <span>{t("sidebar.approved")}</span>
            <span className="tabular-nums" data-testid="approved-progress">{approved} / {paragraphs.length}</span>
          </div>
          <progress className="h-2 w-full accent-accent" max={paragraphs.length || 1} value={approved} aria-label={t("sidebar.approved")} />
        </div>
        <div>
          <div className="flex justify-between text-xs text-stone-600">
            <span>{t("sidebar.flagsOpen")}</span>
            <span className="tabular-nums" data-testid="open-flags">{t("sidebar.openOfFound", { open: counts.total, found: found ?? "…" })}</span>
          </div>
          <progress className="h-2 w-full accent-accent" max={found || 1} value={found === null ? 0 : found - counts.total} aria-label={t("sidebar.flagsResolved")} />
          <p className="mt-0.5 text-[11px] text-stone-500">
            {t("sidebar.foundHint")}
            {props.lastCheckMs !== null ? t("sidebar.recheckedIn", { ms: props.lastCheckMs }) : ""}
          </p>
        </div>
      </Section>

      <Section title={t("sidebar.view")}>
        <div role="radiogroup" aria-label={t("sidebar.view")} className="flex overflow-hidden rounded-md border border-stone-300 text-xs">
          {(["none", "inline", "side"] as DiffMode[]).map((mode) => (
            <button
              key={mode}
              role="radio"
              aria-checked={props.diffMode === mode}
              onClick={() => props.onDiffMode(mode)}
              className={cn("flex-auto px-1.5 py-1.5", props.diffMode === mode ? "bg-accent text-white" : "bg-white hover:bg-stone-100")}
            >
              {mode === "none" ? t("sidebar.viewFlags") : mode === "inline" ? t("sidebar.viewDiff") : t("sidebar.viewSide")}
            </button>
          ))}
        </div>
        <Check label={t("sidebar.onlyChanged")} checked={filters.onlyChanged} onChange={() => set({ onlyChanged: !filters.onlyChanged })} />
        <Check label={t("sidebar.onlyFlagged")} checked={filters.onlyFlagged} onChange={() => set({ onlyFlagged: !filters.onlyFlagged })} />
      </Section>

      <Section title={t("sidebar.severity")}>
        {SEVERITY_ORDER.map((s) => (
          <Check
            key={s}
            label={<><span aria-hidden className={cn("mr-1 inline-block w-3 text-center font-bold", SEVERITY_STYLE[s].text)}>{SEVERITY_STYLE[s].glyph}</span>{t(`severity.${s}`)}</>}
            count={counts.bySeverity[s] ?? 0}
            checked={filters.severities.includes(s)}
            onChange={() => set({ severities: toggle(filters.severities, s) })}
          />
        ))}
      </Section>

      <Section title={t("sidebar.category")}>
        {CATEGORIES.map((c) => (
          <Check key={c} label={t(`category.${CATEGORY_KEY[c]}`)} count={counts.byCategory[c] ?? 0} checked={filters.categories.includes(c)} onChange={() => set({ categories: toggle(filters.categories, c) })} />
        ))}
      </Section>

      <Section title={t("sidebar.check")}>
        {Object.entries(counts.byCheck)
          .sort((a, b) => b[1] - a[1])
          .map(([check, count]) => (
            <Check key={check} label={props.checkTitles[check] ?? check} count={count} checked={filters.checks.includes(check)} onChange={() => set({ checks: toggle(filters.checks, check) })} />
          ))}
        {counts.total === 0 ? <p className="text-xs text-stone-500">{t("sidebar.noOpenFlags")}</p> : null}
      </Section>

      <Section title={t("sidebar.status")}>
        {REVIEW_STATUSES.map((s) => (
          <Check key={s} label={t(`status.${s}`)} count={statusCount(s)} checked={filters.statuses.includes(s)} onChange={() => set({ statuses: toggle(filters.statuses, s) })} />
        ))}
      </Section>

      {filtered ? (
        <div className="flex items-center justify-between text-xs text-stone-600">
          <span>{t("sidebar.shown", { visible: props.visibleCount, total: paragraphs.length })}</span>
          <Button size="sm" variant="ghost" onClick={() => onFilters(NO_FILTERS)}>{t("sidebar.clearFilters")}</Button>
        </div>
      ) : null}

      <Section title={t("sidebar.dismissed", { count: props.dismissals.length })}>
        {props.dismissals.length === 0 ? <p className="text-xs text-stone-500">{t("sidebar.none")}</p> : null}
        <ul className="space-y-2">
          {props.dismissals.map((d) => (
            <li key={d.id} className="rounded border border-stone-200 p-2 text-xs">
              <button className="text-left font-medium text-ink hover:underline" onClick={() => props.onShowDismissal(d.paragraphId)}>
                “{d.text}”
              </button>
              <div className="text-stone-500">
                {props.checkTitles[d.check] ?? d.check} · {d.user?.name ?? t("someone")}
                {d.reason ? ` · ${d.reason}` : ""}
              </div>
              {props.canEdit ? (
                <Button size="sm" variant="ghost" className="mt-1 h-6 px-1.5 text-xs" disabled={props.pending} onClick={() => props.onRestoreDismissal(d.id)}>
                  {t("sidebar.restore")}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      </Section>

      <IgnoredWordsPanel />

      <Button size="sm" variant="ghost" onClick={props.onShortcuts} className="w-full">
        {t("sidebar.shortcuts")} <kbd className="ml-1 rounded border border-stone-300 px-1 font-mono text-xs">?</kbd>
      </Button>
    </aside>
  );
}
