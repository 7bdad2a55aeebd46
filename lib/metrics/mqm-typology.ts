/**
 * The MQM error typology (MQM Core: seven top-level dimensions) with the subtypes reviewers of
 * machine-translated news actually use. Ids are stable strings stored with each annotation.
 */

export const MQM_SEVERITIES = ["neutral", "minor", "major", "critical"] as const;
export type MqmSeverity = (typeof MQM_SEVERITIES)[number];

export const MQM_TYPOLOGY = {
  Terminology: ["wrong term", "inconsistent terminology", "inconsistent with termbase"],
  Accuracy: ["mistranslation", "untranslated", "omission", "addition", "overtranslation", "undertranslation", "do not translate"],
  "Linguistic conventions": ["grammar", "punctuation", "spelling", "unintelligible", "character encoding"],
  Style: ["awkward", "unidiomatic", "register", "inconsistent style", "organizational style"],
  "Locale conventions": ["number format", "currency format", "date format", "time format", "measurement format", "address format"],
  "Audience appropriateness": ["culture-specific reference", "offensive", "inappropriate for audience"],
  "Design and markup": ["markup", "layout", "truncation", "missing text", "link"],
} as const satisfies Record<string, readonly string[]>;

export type MqmCategory = keyof typeof MQM_TYPOLOGY;
export type MqmSubtype = (typeof MQM_TYPOLOGY)[MqmCategory][number];

export const MQM_CATEGORIES = Object.keys(MQM_TYPOLOGY) as MqmCategory[];

export function isMqmCategory(value: string): value is MqmCategory {
  return Object.hasOwn(MQM_TYPOLOGY, value);
}

export function isSubtypeOf(category: MqmCategory, subtype: string): boolean {
  return (MQM_TYPOLOGY[category] as readonly string[]).includes(subtype);
}

/** A flag's severity carried over when a reviewer turns the flag into an annotation. */
export function mqmSeverityFromFlag(severity: "info" | "minor" | "major" | "critical"): MqmSeverity {
  return severity === "info" ? "neutral" : severity;
}
