export type ByteUnit = "mb" | "kb" | "bytes";

/**
 * A size as limits are said: MB or KB with at most one decimal, else bytes. The caller words the unit and the
 * number (the `import.bytes` catalogue on a page, English on the command line).
 */
export function sizeIn(bytes: number): { unit: ByteUnit; value: number } {
  if (bytes >= 1024 * 1024) return { unit: "mb", value: Math.round((10 * bytes) / (1024 * 1024)) / 10 };
  if (bytes >= 1024) return { unit: "kb", value: Math.round((10 * bytes) / 1024) / 10 };
  return { unit: "bytes", value: bytes };
}

const ENGLISH_UNITS: Record<ByteUnit, string> = { mb: "MB", kb: "KB", bytes: "bytes" };

/** The same size in English, for the command line and logs. */
export function formatBytes(bytes: number): string {
  const { unit, value } = sizeIn(bytes);
  return `${value} ${ENGLISH_UNITS[unit]}`;
}
