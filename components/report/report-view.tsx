import type { ReactNode } from "react";
import type { AnnotationView } from "@/lib/data/annotations";
import { MQM_SEVERITIES } from "@/lib/metrics/mqm-typology";
import type { QualityReport } from "@/lib/report/build-report";
import { openNow } from "@/lib/report/flag-counts";
import { flagOutcomeNote, mqmVerdict } from "@/lib/report/verdict";
import { EditEffortChart, FlagOutcomeChart } from "./report-charts";

const pct = (value: number) => `${(100 * value).toFixed(1)}%`;
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
  const verdict = mqmVerdict(mqm, flags.openSerious);
  const flagHead = ["Found", "Fixed", "Dismissed", "Open", "New after edits"];
  return (
    <div className="space-y-8">
      <div className="grid grid-cols-2 gap-3 md:grid-cols-3 lg:grid-cols-6" data-testid="report-cards">
        <Card
          label="MQM score"
          value={<span data-testid="mqm-score" className={verdict.tone === "none" ? "text-base font-medium text-stone-600" : undefined}>{verdict.score}</span>}
          note={
            <>
              <span data-testid="mqm-verdict">{verdict.verdict}</span>
              {verdict.openSerious ? <span data-testid="mqm-open-serious" className="block font-medium text-critical">{verdict.openSerious}</span> : null}
            </>
          }
          tone={verdict.tone === "none" ? undefined : verdict.tone}
        />
        <Card label="Penalty" value={mqm.penalty.toFixed(1)} note={`${annotations.length} annotation${annotations.length === 1 ? "" : "s"} · ${mqm.wordCount.toLocaleString("en")} words`} />
        <Card label="Char edit rate" value={pct(effort.charEditRate)} note={`${effort.changedParagraphs} of ${effort.paragraphs} paragraphs changed`} />
        <Card label="HTER" value={pct(effort.ter)} note="word edits + shifts ÷ final words" />
        <Card label="chrF" value={effort.chrf.toFixed(1)} note="machine vs final text" />
        <Card label="Flags" value={flags.total.found} note={<span data-testid="flag-outcomes">{flagOutcomeNote(flags.total)}</span>} />
      </div>

      <Section title="Flags by category">
        <p className="text-sm text-stone-600">
          Found on the machine text, each one then fixed (the check no longer raises it on the final text), dismissed (a reviewer said it is not an error) or open. Flags the checks raise only on the final text came with an edit and are counted apart, as new after edits.
        </p>
        <FlagOutcomeChart rows={flags.byCategory.map((r) => ({ name: r.key, fixed: r.fixed, dismissed: r.dismissed, open: r.open }))} />
        <Table label="Flags by check" head={["Check", "Category", ...flagHead]} numeric={new Set([2, 3, 4, 5, 6])}>
          {flags.byCheck.map((r) => (
            <tr key={r.key}>
              <td className={`${td} font-mono text-xs`}>{r.key}</td>
              <td className={td}>{r.category}</td>
              <td className={tdn}>{r.found}</td>
              <td className={tdn}>{r.fixed}</td>
              <td className={tdn}>{r.dismissed}</td>
              <td className={tdn}>{r.open}</td>
              <td className={tdn}>{r.introduced}</td>
            </tr>
          ))}
        </Table>
      </Section>

      <Section title="MQM errors">
        {mqm.scored ? (
          <p className="text-sm text-stone-600">
            {mqm.preset.label}: score = 100 × (1 − {mqm.penalty.toFixed(1)} penalty ÷ {mqm.wordCount.toLocaleString("en")} words) ={" "}
            <strong>{mqm.score.toFixed(2)}</strong>. {MQM_SEVERITIES.map((s) => `${mqm.bySeverity[s]} ${s}`).join(", ")}.
          </p>
        ) : null}
        {mqm.byCategory.length > 0 ? (
          <Table label="MQM errors by category" head={["Category", "Errors", "Penalty"]} numeric={new Set([1, 2])}>
            {mqm.byCategory.map((c) => (
              <tr key={c.category}>
                <td className={td}>{c.category}</td>
                <td className={tdn}>{c.errors}</td>
                <td className={tdn}>{c.penalty.toFixed(1)}</td>
              </tr>
            ))}
          </Table>
        ) : (
          <p className="rounded-lg border border-dashed border-stone-300 bg-white p-4 text-sm text-stone-600">
            No errors annotated yet, so there is no MQM score: the checks’ flags are not errors until a reviewer records them, from a flag or by marking a selection on the article page.
          </p>
        )}
        {annotations.length > 0 ? (
          <Table label="Annotations" head={["¶", "Span", "Error", "Severity", "Comment", "By"]} numeric={new Set([0])}>
            {annotations.map((a) => (
              <tr key={a.id}>
                <td className={tdn}>{report.paragraphs.find((p) => p.id === a.paragraphId)?.number ?? "—"}</td>
                <td className={td}><q>{a.text}</q></td>
                <td className={td}>{a.category}{a.subtype ? ` / ${a.subtype}` : ""}{a.check ? <span className="ml-1 font-mono text-xs text-stone-500">({a.check})</span> : null}</td>
                <td className={`${td} capitalize`}>{a.severity}</td>
                <td className={td}>{a.comment ?? ""}</td>
                <td className={td}>{a.author?.name ?? "—"}</td>
              </tr>
            ))}
          </Table>
        ) : null}
      </Section>

      <Section title="Edit effort per paragraph">
        <EditEffortChart rows={report.paragraphs.map((p) => ({ number: p.number, rate: 100 * p.effort.charEditRate, changed: p.effort.changed }))} />
        <details className="rounded-lg border border-stone-200 bg-white">
          <summary className="cursor-pointer px-3 py-2 text-sm font-medium">Every paragraph ({report.paragraphs.length})</summary>
          <Table label="Edit effort per paragraph" head={["¶", "Kind", "Status", "Words", "Char edit rate", "HTER", "chrF", "Open flags", "Errors", "Reviewer"]} numeric={new Set([0, 3, 4, 5, 6, 7, 8])}>
            {report.paragraphs.map((p) => (
              <tr key={p.id}>
                <td className={tdn}>{p.number}</td>
                <td className={td}>{p.kind}</td>
                <td className={td}>{p.status}</td>
                <td className={tdn}>{p.words}</td>
                <td className={tdn}>{pct(p.effort.charEditRate)}</td>
                <td className={tdn}>{pct(p.effort.ter)}</td>
                <td className={tdn}>{p.effort.chrf.toFixed(1)}</td>
                <td className={tdn}>{openNow(p.flags)}</td>
                <td className={tdn}>{p.annotations}</td>
                <td className={td}>{p.reviewer ?? "—"}</td>
              </tr>
            ))}
          </Table>
        </details>
      </Section>

      <Section title="Reviewers">
        {report.reviewers.length > 0 ? (
          <Table label="Reviewers" head={["Reviewer", "Edits", "Approvals", "Dismissals", "Annotations"]} numeric={new Set([1, 2, 3, 4])}>
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
          <p className="text-sm text-stone-600">Nobody has reviewed this article yet.</p>
        )}
      </Section>
    </div>
  );
}
