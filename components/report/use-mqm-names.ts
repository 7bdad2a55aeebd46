import { useReportWording } from "./use-report-wording";

/** The reader's words for the MQM typology's stored ids. */
export function useMqmNames() {
  const { mqmName } = useReportWording();
  return {
    category: (id: string) => mqmName("categories", id),
    subtype: (id: string) => mqmName("subtypes", id),
    severity: (id: string) => mqmName("severities", id),
  };
}
