import { isSubtypeOf, mqmSeverityFromFlag, type MqmCategory, type MqmSeverity } from "@/lib/metrics/mqm-typology";

/**
 * Check ids name what they look for; these rules read an MQM subtype from the id, first match
 * wins. A subtype outside the flag's category is dropped rather than forced.
 */
const SUBTYPE_RULES: readonly [RegExp, string][] = [
  [/glossary|termbase/, "inconsistent with termbase"],
  [/entity-spellings|inconsistent|renderings/, "inconsistent terminology"],
  [/pinyin|term/, "wrong term"],
  [/punctuation|spacing|quote/, "punctuation"],
  [/grammar/, "grammar"],
  [/spelling|repeated-word|-case\b/, "spelling"],
  [/mojibake|encoding/, "character encoding"],
  [/english-left|cjk-residue|untranslated|leftover/, "untranslated"],
  [/omission/, "omission"],
  [/calque|hybrid-name|number|source-names/, "mistranslation"],
  [/currency/, "currency format"],
  [/date/, "date format"],
];

export function subtypeForCheck(check: string, category: MqmCategory): string | null {
  for (const [pattern, subtype] of SUBTYPE_RULES) {
    if (pattern.test(check)) return isSubtypeOf(category, subtype) ? subtype : null;
  }
  return null;
}

export interface FlagClassification {
  category: MqmCategory;
  subtype: string | null;
  severity: MqmSeverity;
}

/** What one click on a flag records: the flag's own category, a subtype read from its check, its severity. */
export function classifyFlag(flag: { check: string; category: MqmCategory; severity: "info" | "minor" | "major" | "critical" }): FlagClassification {
  return { category: flag.category, subtype: subtypeForCheck(flag.check, flag.category), severity: mqmSeverityFromFlag(flag.severity) };
}
