import { useTranslations } from "next-intl";

/** Catalogue keys cannot hold the typology's spaces and hyphens: "culture-specific reference" → "cultureSpecificReference". */
export function mqmKey(id: string): string {
  return id.replace(/[ -](\w)/g, (_, letter: string) => letter.toUpperCase());
}

/**
 * The reader's words for the MQM typology's stored ids. An id the typology no longer has (an old
 * annotation) is shown as stored rather than hidden.
 */
export function useMqmNames() {
  const t = useTranslations("report.mqm");
  const name = (group: "categories" | "subtypes" | "severities", id: string) => (t.has(`${group}.${mqmKey(id)}`) ? t(`${group}.${mqmKey(id)}`) : id);
  return {
    category: (id: string) => name("categories", id),
    subtype: (id: string) => name("subtypes", id),
    severity: (id: string) => name("severities", id),
  };
}
