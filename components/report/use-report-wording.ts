import { useFormatter, useTranslations } from "next-intl";
import { reportWording } from "@/lib/report/report-wording";

/** The report's wording (lib/report/report-wording.ts) in the reader's language. */
export function useReportWording() {
  const t = useTranslations("report");
  const format = useFormatter();
  const translate = t as unknown as (key: string, values?: Record<string, string | number>) => string;
  return reportWording({ t: translate, has: (key) => t.has(key as never), number: (value, options) => format.number(value, options) });
}
