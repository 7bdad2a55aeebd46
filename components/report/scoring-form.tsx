import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { MQM_PRESETS, type MqmPresetId } from "@/lib/metrics/mqm";

/** A plain GET form: the scoring choice lives in the address, so a report link or download reproduces it. */
export function ScoringForm({ preset, threshold }: { preset: MqmPresetId; threshold: number }) {
  const t = useTranslations("report.scoring");
  return (
    <form method="get" className="flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-3 text-sm" aria-label={t("label")}>
      <label className="min-w-0 max-w-full space-y-1">
        <span className="block font-medium text-stone-800">{t("scheme")}</span>
        {/* The longest scheme's name is wider than a phone: the box, not the page, gives way. */}
        <select name="preset" defaultValue={preset} className="h-9 max-w-full rounded-md border border-stone-300 bg-white px-2">
          {Object.values(MQM_PRESETS).map((p) => (
            <option key={p.id} value={p.id}>{p.label}</option>
          ))}
        </select>
      </label>
      <label className="space-y-1">
        <span className="block font-medium text-stone-800">{t("threshold")}</span>
        <input name="threshold" type="number" min={0} max={100} step={0.5} defaultValue={threshold} className="h-9 w-24 rounded-md border border-stone-300 bg-white px-2 tabular-nums" />
      </label>
      <Button type="submit" variant="secondary">{t("rescore")}</Button>
    </form>
  );
}
