import { useFormatter, useTranslations } from "next-intl";

/** A size as the limits are said: MB or KB with at most one decimal, in the reader's number format. */
export function useFormatBytes() {
  const t = useTranslations("import.bytes");
  const format = useFormatter();
  const value = (n: number) => format.number(n, { maximumFractionDigits: 1 });
  return (bytes: number) => {
    if (bytes >= 1024 * 1024) return t("mb", { value: value(bytes / (1024 * 1024)) });
    if (bytes >= 1024) return t("kb", { value: value(bytes / 1024) });
    return t("bytes", { value: bytes });
  };
}
