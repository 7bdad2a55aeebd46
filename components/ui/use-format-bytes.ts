import { useFormatter, useTranslations } from "next-intl";
import { sizeIn } from "@/lib/format";

/** A size as the limits are said (lib/format.ts), in the reader's words and number format. */
export function useFormatBytes() {
  const t = useTranslations("import.bytes");
  const format = useFormatter();
  return (bytes: number) => {
    const { unit, value } = sizeIn(bytes);
    return t(unit, { value: unit === "bytes" ? value : format.number(value, { maximumFractionDigits: 1 }) });
  };
}
