import { z } from "zod";
import { MQM_PRESETS, type MqmPresetId } from "@/lib/metrics/mqm";
import type { ReportOptions } from "./build-report";

const presetIds = Object.keys(MQM_PRESETS) as [MqmPresetId, ...MqmPresetId[]];

const schema = z.object({
  preset: z.enum(presetIds).catch("default"),
  threshold: z.coerce.number().min(0).max(100).optional().catch(undefined),
});

/**
 * The report page, its downloads and the command line take the scoring preset and pass mark from
 * query parameters; anything unreadable falls back to the preset's defaults rather than failing.
 */
export function readReportOptions(params: { preset?: unknown; threshold?: unknown }): Required<Pick<ReportOptions, "preset">> & ReportOptions {
  const parsed = schema.parse({ preset: params.preset ?? undefined, threshold: params.threshold === "" ? undefined : (params.threshold ?? undefined) });
  return parsed.threshold === undefined ? { preset: parsed.preset } : { preset: parsed.preset, threshold: parsed.threshold };
}

export function reportQuery(options: ReportOptions): string {
  const query = new URLSearchParams();
  if (options.preset && options.preset !== "default") query.set("preset", options.preset);
  if (options.threshold !== undefined) query.set("threshold", String(options.threshold));
  const text = query.toString();
  return text ? `?${text}` : "";
}
