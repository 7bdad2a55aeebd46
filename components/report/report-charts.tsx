"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, Cell, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

const COLORS = { fixed: "#0f5e59", dismissed: "#a8a29e", open: "#c2410c", changed: "#0f5e59", unchanged: "#d6d3d1" };

export interface FlagBar {
  name: string;
  fixed: number;
  dismissed: number;
  open: number;
}

/** What became of the flags in each category: one stacked bar, so the share left open is seen at a glance. */
export function FlagOutcomeChart({ rows }: { rows: FlagBar[] }) {
  const t = useTranslations("report.charts");
  if (rows.length === 0) return <p className="text-sm text-stone-500">{t("noFlags")}</p>;
  return (
    <div className="h-64 w-full" role="img" aria-label={t("outcomesLabel")}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} layout="vertical" margin={{ left: 8, right: 16, top: 4, bottom: 4 }}>
          <CartesianGrid horizontal={false} stroke="#e7e5e4" />
          <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
          <YAxis type="category" dataKey="name" width={150} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey="fixed" name={t("fixed")} stackId="flags" fill={COLORS.fixed} isAnimationActive={false} />
          <Bar dataKey="dismissed" name={t("dismissed")} stackId="flags" fill={COLORS.dismissed} isAnimationActive={false} />
          <Bar dataKey="open" name={t("open")} stackId="flags" fill={COLORS.open} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export interface EffortBar {
  number: number;
  /** Character edit rate, in percent. */
  rate: number;
  changed: boolean;
}

/** Character edit rate along the article: where the machine text needed the most work. */
export function EditEffortChart({ rows }: { rows: EffortBar[] }) {
  const t = useTranslations("report.charts");
  const format = useFormatter();
  if (!rows.some((r) => r.changed)) return <p className="text-sm text-stone-500">{t("noChanges")}</p>;
  return (
    <div className="h-56 w-full" role="img" aria-label={t("effortLabel")}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} margin={{ left: 0, right: 16, top: 4, bottom: 4 }}>
          <CartesianGrid vertical={false} stroke="#e7e5e4" />
          <XAxis dataKey="number" tick={{ fontSize: 11 }} interval="preserveStartEnd" label={{ value: t("paragraph"), position: "insideBottom", offset: -2, fontSize: 11 }} height={32} />
          <YAxis unit="%" tick={{ fontSize: 11 }} width={44} />
          <Tooltip
            formatter={(value) => [format.number(Number(value) / 100, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 }), t("charEditRate")]}
            labelFormatter={(n) => t("paragraphNumber", { number: Number(n) })}
          />
          <Bar dataKey="rate" isAnimationActive={false}>
            {rows.map((r) => (
              <Cell key={r.number} fill={r.changed ? COLORS.changed : COLORS.unchanged} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
