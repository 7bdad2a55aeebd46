import { readFileSync } from "node:fs";
import { z } from "zod";
import { SEVERITIES, type Severity } from "@/lib/checks/types";

const checkSettingSchema = z.strictObject({
  enabled: z.boolean().optional(),
  severity: z.enum(SEVERITIES as [Severity, ...Severity[]]).optional(),
});

/** Which checks run and at what severity: per installation now, per article later (the article's wins). */
export const flaggerConfigSchema = z.strictObject({
  checks: z.record(z.string(), checkSettingSchema).default({}),
});

export type FlaggerConfig = z.infer<typeof flaggerConfigSchema>;
export type CheckSetting = z.infer<typeof checkSettingSchema>;

export const EMPTY_CONFIG: FlaggerConfig = { checks: {} };

/** Validates a configuration object; unknown check ids are an error so that a typo does not silently do nothing. */
export function parseFlaggerConfig(input: unknown, knownIds: readonly string[]): FlaggerConfig {
  const result = flaggerConfigSchema.safeParse(input);
  if (!result.success) {
    throw new Error(`Invalid flagger configuration: ${result.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ")}`);
  }
  const unknown = Object.keys(result.data.checks).filter((id) => !knownIds.includes(id));
  if (unknown.length > 0) throw new Error(`Invalid flagger configuration: unknown check ${unknown.map((id) => `"${id}"`).join(", ")}`);
  return result.data;
}

/** A configuration given as a JSON file path or as an object. */
export function loadFlaggerConfig(source: string | unknown, knownIds: readonly string[]): FlaggerConfig {
  if (typeof source !== "string") return parseFlaggerConfig(source, knownIds);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(source, "utf8"));
  } catch (error) {
    throw new Error(`Cannot read flagger configuration ${source}: ${(error as Error).message}`);
  }
  return parseFlaggerConfig(json, knownIds);
}

/** Layers configurations: later ones override earlier ones setting by setting. */
export function mergeConfigs(...configs: (FlaggerConfig | undefined)[]): FlaggerConfig {
  const checks: Record<string, CheckSetting> = {};
  for (const config of configs) {
    for (const [id, setting] of Object.entries(config?.checks ?? {})) checks[id] = { ...checks[id], ...setting };
  }
  return { checks };
}
