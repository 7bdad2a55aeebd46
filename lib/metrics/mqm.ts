import { MQM_SEVERITIES, type MqmCategory, type MqmSeverity } from "./mqm-typology";

export * from "./mqm-typology";

/** What scoring needs from an annotation; the span, author and comment live elsewhere. */
export interface MqmError {
  category: MqmCategory;
  subtype?: string | null;
  severity: MqmSeverity;
}

/** A weight that replaces the severity weight for one kind of error (e.g. minor punctuation). */
export interface WeightOverride {
  category: MqmCategory;
  subtype?: string;
  severity: MqmSeverity;
  weight: number;
}

export interface MqmPreset {
  id: string;
  label: string;
  weights: Readonly<Record<MqmSeverity, number>>;
  overrides: readonly WeightOverride[];
  /** Default pass mark on the 0..100 score. */
  passThreshold: number;
}

export const MQM_PRESETS = {
  default: {
    id: "default",
    label: "MQM (0/1/5/25)",
    weights: { neutral: 0, minor: 1, major: 5, critical: 25 },
    overrides: [],
    passThreshold: 95,
  },
  // Freitag et al. 2021, used for WMT human evaluation: a minor punctuation slip barely counts.
  wmt: {
    id: "wmt",
    label: "WMT / Google MQM (minor punctuation 0.1)",
    weights: { neutral: 0, minor: 1, major: 5, critical: 25 },
    overrides: [{ category: "Linguistic conventions", subtype: "punctuation", severity: "minor", weight: 0.1 }],
    passThreshold: 95,
  },
  dqf: {
    id: "dqf",
    label: "MQM-DQF (0/1/5/10)",
    weights: { neutral: 0, minor: 1, major: 5, critical: 10 },
    overrides: [],
    passThreshold: 95,
  },
} as const satisfies Record<string, MqmPreset>;

export type MqmPresetId = keyof typeof MQM_PRESETS;

export function errorWeight(error: MqmError, preset: MqmPreset): number {
  const override = preset.overrides.find(
    (o) =>
      o.category === error.category &&
      o.severity === error.severity &&
      (o.subtype === undefined || o.subtype === error.subtype),
  );
  return override ? override.weight : preset.weights[error.severity];
}

export interface MqmScore {
  penalty: number;
  wordCount: number;
  /** 100 × (1 − penalty ÷ words). Not clamped: a short text with a critical error can go below zero. */
  score: number;
  threshold: number;
  passed: boolean;
  bySeverity: Record<MqmSeverity, number>;
}

export function mqmScore(
  errors: readonly MqmError[],
  wordCount: number,
  preset: MqmPreset = MQM_PRESETS.default,
  threshold: number = preset.passThreshold,
): MqmScore {
  const bySeverity = Object.fromEntries(MQM_SEVERITIES.map((s) => [s, 0])) as Record<MqmSeverity, number>;
  let penalty = 0;
  for (const error of errors) {
    penalty += errorWeight(error, preset);
    bySeverity[error.severity]++;
  }
  // A text with no words cannot be scored per word; count it as one so an error still shows.
  const score = 100 * (1 - penalty / Math.max(1, wordCount));
  return { penalty, wordCount, score, threshold, passed: score >= threshold, bySeverity };
}
