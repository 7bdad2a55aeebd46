import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { AnnotationView } from "@/lib/data/annotations";
import type { QualityReport } from "@/lib/report/build-report";
import { openNow } from "@/lib/report/flag-counts";
import { EditEffortChart, FlagOutcomeChart } from "./report-charts";
import { useReportWording } from "./use-report-wording";
import { useMqmNames } from "./use-mqm-names";

const th = "px-3 py-2 text-left text-xs font-medium uppercase tracking-wide text-stone-500";
const thn = `${th} text-right`;
const td = "px-3 py-1.5";
const tdn = "px-3 py-1.5 text-right tabular-nums";

function Card({ label, value, note, tone }: { label: string; value: ReactNode; note?: ReactNode; tone?: "pass" | "fail" }) {
  return (
    <div className="rounded-lg border border-stone-200 bg-white p-3">
      <div className="text-xs font-medium uppercase tracking-wide text-stone-500">{label}</div>
      <div className={`text-2xl font-semibold tabular-nums ${tone === "pass" ? "text-emerald-700" : tone === "fail" ? "text-critical" : ""}`}>{value}</div>
      {note ? <div className="text-xs text-stone-600">{note}</div> : null}
    </div>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="space-y-2" aria-labelledby={title}>
      <h2 id={title} className="font-serif text-lg font-semibold">{title}</h2>
      {children}
    </section>
  );
}

function Table({ head, numeric, children, label }: { head: string[]; numeric: Set<number>; children: ReactNode; label: string }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <table className="w-full text-sm" aria-label={label}>
        <thead className="border-b border-stone-200 bg-stone-50">
          <tr>{head.map((h, i) => <th key={h} className={numeric.has(i) ? thn : th}>{h}</th>)}</tr>
        </thead>
        <tbody className="divide-y divide-stone-100">{children}</tbody>
      </table>
    </div>
  );
}

/** The quality report page body: headline figures, then flags, MQM errors, edit effort and people. */
export function ReportView({ report, annotations }: { report: QualityReport; annotations: AnnotationView[] }) {
  const { mqm, effort, flags } = report;
  const t = useTranslations("report");
  const format = useFormatter();
  const names = useMqmNames();
  const { verdict, flagOutcomes, pct, oneDecimal } = useReportWording();
  const shown = verdict(mqm, flags.openSerious);
  const flagHead = [t("flags.found"), t("flags.fixed"), t("flags.dismissed"), t("flags.open"), t("flags.introduced")];
  return (
    <div className="space-y-8">
      <div className="grid grid-cols-2 gap-3 md:grid-cols-3 lg:grid-cols-6" data-testid="report-cards">
        <Card
          label={t("cards.mqmScore")}
          value={<span data-testid="mqm-score" className={shown.tone === "none" ? "block py-1 text-base font-medium leading-snug text-stone-600" : undefined}>{shown.score}</span>}
          note={
            <>
              <span data-testid="mqm-verdict">{shown.verdict}</span>
              {shown.openSerious ? <span data-testid="mqm-open-serious" className="block font-medium text-critical">{shown.openSerious}</span> : null}
            </>
          }
          tone={shown.tone === "none" ? undefined : shown.tone}
        />
        <Card label={t("cards.penalty")} value={oneDecimal(mqm.penalty)} note={t("cards.penaltyNote", { annotations: annotations.length, words: mqm.wordCount })} />
        <Card label={t("cards.charEditRate")} value={pct(effort.charEditRate)} note={t("cards.charEditNote", { changed: effort.changedParagraphs, total: effort.paragraphs })} />
        <Card label={t("cards.hter")} value={pct(effort.ter)} note={t("cards.hterNote")} />
        <Card label={t("cards.chrf")} value={oneDecimal(effort.chrf)} note={t("cards.chrfNote")} />
        <Card label={t("cards.flags")} value={flags.total.found} note={<span data-testid="flag-outcomes">{flagOutcomes(flags.total)}</span>} />
      </div>

      <Section title={t("flags.heading")}>
        <p className="text-sm text-stone-600">{t("flags.explain")}</p>
        <FlagOutcomeChart rows={flags.byCategory.map((r) => ({ name: names.category(r.key), fixed: r.fixed, dismissed: r.dismissed, open: r.open }))} />
        <Table label={t("flags.byCheck")} head={[t("flags.check"), t("flags.category"), ...flagHead]} numeric={new Set([2, 3, 4, 5, 6])}>
          {flags.byCheck.map((r) => (
            <tr key={r.key}>
              <td className={`${td} font-mono text-xs`}>{r.key}</td>
              <td className={td}>{names.category(r.category)}</td>
              <td className={tdn}>{r.found}</td>
              <td className={tdn}>{r.fixed}</td>
              <td className={tdn}>{r.dismissed}</td>
              <td className={tdn}>{r.open}</td>
              <td className={tdn}>{r.introduced}</td>
            </tr>
          ))}
        </Table>
      </Section>

      <Section title={t("errors.heading")}>
        {mqm.scored ? (
          <p className="text-sm text-stone-600">
            {t("errors.formula", { preset: mqm.preset.label, penalty: oneDecimal(mqm.penalty), words: mqm.wordCount })}{" "}
            <strong>{format.number(mqm.score, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}</strong>. {t("errors.bySeverity", mqm.bySeverity)}
          </p>
        ) : null}
        {mqm.byCategory.length > 0 ? (
          <Table label={t("errors.byCategory")} head={[t("errors.category"), t("errors.errors"), t("errors.penalty")]} numeric={new Set([1, 2])}>
            {mqm.byCategory.map((c) => (
              <tr key={c.category}>
                <td className={td}>{names.category(c.category)}</td>
                <td className={tdn}>{c.errors}</td>
                <td className={tdn}>{oneDecimal(c.penalty)}</td>
              </tr>
            ))}
          </Table>
        ) : (
          <p className="rounded-lg border border-dashed border-stone-300 bg-white p-4 text-sm text-stone-600">{t("errors.none")}</p>
        )}
        {annotations.length > 0 ? (
          <Table label={t("errors.annotations")} head={["¶", t("errors.span"), t("errors.error"), t("errors.severity"), t("errors.comment"), t("errors.by")]} numeric={new Set([0])}>
            {annotations.map((a) => (
              <tr key={a.id}>
                <td className={tdn}>{report.paragraphs.find((p) => p.id === a.paragraphId)?.number ?? "—"}</td>
                <td className={td}><q>{a.text}</q></td>
                <td className={td}>{names.category(a.category)}{a.subtype ? ` / ${names.subtype(a.subtype)}` : ""}{a.check ? <span className="ml-1 font-mono text-xs text-stone-500">({a.check})</span> : null}</td>
                <td className={td}>{names.severity(a.severity)}</td>
                <td className={td}>{a.comment ?? ""}</td>
                <td className={td}>{a.author?.name ?? "—"}</td>
              </tr>
            ))}
          </Table>
        ) : null}
      </Section>

      <Section title={t("effort.heading")}>
        <EditEffortChart rows={report.paragraphs.map((p) => ({ number: p.number, rate: 100 * p.effort.charEditRate, changed: p.effort.changed }))} />
        <details className="rounded-lg border border-stone-200 bg-white">
          <summary className="cursor-pointer px-3 py-2 text-sm font-medium">{t("effort.every", { count: report.paragraphs.length })}</summary>
          <Table
            label={t("effort.heading")}
            head={["¶", t("effort.kind"), t("effort.status"), t("effort.words"), t("effort.charEditRate"), t("effort.hter"), t("effort.chrf"), t("effort.openFlags"), t("effort.errors"), t("effort.reviewer")]} numeric={new Set([0, 3, 4, 5, 6, 7, 8])}>
            {report.paragraphs.map((p) => (
              <tr key={p.id}>
                <td className={tdn}>{p.number}</td>
                <td className={td}>{t(`kinds.${p.kind}`)}</td>
                <td className={td}>{t(`statuses.${p.status}`)}</td>
                <td className={tdn}>{p.words}</td>
                <td className={tdn}>{pct(p.effort.charEditRate)}</td>
                <td className={tdn}>{pct(p.effort.ter)}</td>
                <td className={tdn}>{oneDecimal(p.effort.chrf)}</td>
                <td className={tdn}>{openNow(p.flags)}</td>
                <td className={tdn}>{p.annotations}</td>
                <td className={td}>{p.reviewer ?? "—"}</td>
              </tr>
            ))}
          </Table>
        </details>
      </Section>

      <Section title={t("reviewers.heading")}>
        {report.reviewers.length > 0 ? (
          <Table
            label={t("reviewers.heading")}
            head={[t("reviewers.reviewer"), t("reviewers.edits"), t("reviewers.approvals"), t("reviewers.dismissals"), t("reviewers.annotations")]} numeric={new Set([1, 2, 3, 4])}>
            {report.reviewers.map((r) => (
              <tr key={r.name}>
                <td className={td}>{r.name}</td>
                <td className={tdn}>{r.edits}</td>
                <td className={tdn}>{r.approvals}</td>
                <td className={tdn}>{r.dismissals}</td>
                <td className={tdn}>{r.annotations}</td>
              </tr>
            ))}
          </Table>
        ) : (
          <p className="text-sm text-stone-600">{t("reviewers.none")}</p>
        )}
      </Section>
    </div>
  );
}
