import { readFileSync } from "node:fs";
import { z } from "zod";
import { defaultOptions } from "@/lib/checks/context";
import type { Check } from "@/lib/checks/types";
import { severitySchema, type Severity } from "@/lib/domain";

const checkSettingSchema = z.strictObject({
  enabled: z.boolean().optional(),
  severity: severitySchema.optional(),
  /** Validated against the check's own options schema. */
  options: z.record(z.string(), z.unknown()).optional(),
  /** Severity by message id (a key of the check's `messages`), over `severity`. */
  messages: z.record(z.string(), severitySchema).optional(),
});

/** Which checks run, with which options and at what severity: per installation now, per article later (the article's wins). */
export const flaggerConfigSchema = z.strictObject({
  checks: z.record(z.string(), checkSettingSchema).default({}),
});

export type FlaggerConfig = z.infer<typeof flaggerConfigSchema>;
export type CheckSetting = z.infer<typeof checkSettingSchema>;

export const EMPTY_CONFIG: FlaggerConfig = { checks: {} };

function invalid(problems: string[]): Error {
  return new Error(`Invalid flagger configuration: ${problems.join("; ")}`);
}

const quoted = (names: string[]) => names.map((n) => `"${n}"`).join(", ");

/** What is wrong with one check's setting: message ids it does not declare, options its schema refuses. */
function settingProblems(check: Check, setting: CheckSetting): string[] {
  const problems: string[] = [];
  const unknown = Object.keys(setting.messages ?? {}).filter((id) => !Object.hasOwn(check.messages, id));
  if (unknown.length > 0) {
    problems.push(`checks.${check.id}.messages: unknown message ${quoted(unknown)} (${check.id} has ${quoted(Object.keys(check.messages))})`);
  }
  const options = check.options.safeParse(setting.options ?? {});
  if (!options.success) {
    for (const issue of options.error.issues) problems.push(`checks.${check.id}.options${issue.path.map((p) => `.${String(p)}`).join("")}: ${issue.message}`);
  }
  return problems;
}

/** Validates a configuration object; unknown check or message ids are errors, so that a typo does not silently do nothing. */
export function parseFlaggerConfig(input: unknown, checks: readonly Check[]): FlaggerConfig {
  const result = flaggerConfigSchema.safeParse(input);
  if (!result.success) throw invalid(result.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`));
  const byId = new Map(checks.map((c) => [c.id, c]));
  const unknown = Object.keys(result.data.checks).filter((id) => !byId.has(id));
  if (unknown.length > 0) throw invalid([`unknown check ${quoted(unknown)}`]);
  const problems = Object.entries(result.data.checks).flatMap(([id, setting]) => settingProblems(byId.get(id)!, setting));
  if (problems.length > 0) throw invalid(problems);
  return result.data;
}

/** A configuration given as a JSON file path or as an object. */
export function loadFlaggerConfig(source: string | unknown, checks: readonly Check[]): FlaggerConfig {
  if (typeof source !== "string") return parseFlaggerConfig(source, checks);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(source, "utf8"));
  } catch (error) {
    throw new Error(`Cannot read flagger configuration ${source}: ${(error as Error).message}`);
  }
  return parseFlaggerConfig(json, checks);
}

/** Layers configurations: later ones override earlier ones setting by setting, option by option and message by message. */
export function mergeConfigs(...configs: (FlaggerConfig | undefined)[]): FlaggerConfig {
  const checks: Record<string, CheckSetting> = {};
  for (const config of configs) {
    for (const [id, setting] of Object.entries(config?.checks ?? {})) {
      const previous = checks[id];
      const merged: CheckSetting = { ...previous, ...setting };
      if (previous?.options && setting.options) merged.options = { ...previous.options, ...setting.options };
      if (previous?.messages && setting.messages) merged.messages = { ...previous.messages, ...setting.messages };
      checks[id] = merged;
    }
  }
  return { checks };
}

/** One check's settings as the engine applies them. */
export interface ResolvedSetting {
  enabled: boolean;
  severity: Severity | undefined;
  messages: Readonly<Record<string, Severity>>;
}

export interface ResolvedConfig {
  settings: ReadonlyMap<string, ResolvedSetting>;
  /** Parsed by each check's schema, defaults filled in: what `CheckContext.options` carries. */
  options: ReadonlyMap<string, unknown>;
}

/**
 * The settings of each of `checks` under a configuration. Ids of other checks are left aside (a flagger may run
 * a subset); a configuration that skipped `parseFlaggerConfig` is validated here.
 */
export function resolveConfig(config: FlaggerConfig, checks: readonly Check[]): ResolvedConfig {
  const settings = new Map<string, ResolvedSetting>();
  const options = new Map<string, unknown>();
  for (const check of checks) {
    const setting = config.checks[check.id] ?? {};
    const problems = settingProblems(check, setting);
    if (problems.length > 0) throw invalid(problems);
    settings.set(check.id, { enabled: setting.enabled !== false, severity: setting.severity, messages: setting.messages ?? {} });
    options.set(check.id, setting.options ? check.options.parse(setting.options) : defaultOptions(check));
  }
  return { settings, options };
}
