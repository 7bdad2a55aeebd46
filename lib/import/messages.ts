/** Wording of import errors: each names the file and the limit or position, for an editor. */

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${trimZero(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${trimZero(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

function trimZero(value: number): string {
  return value.toFixed(1).replace(/\.0$/, "");
}

export function describeSource(filename: string | null): string {
  return filename ? `The file “${filename}”` : "The pasted text";
}

/** What to do about a limit: only an administrator can change the server's setting. */
export function tooLargeAdvice(audience: "editor" | "administrator"): string {
  return audience === "administrator"
    ? "Nothing was imported. Split the article and import it in parts, or raise LAPIDAR_MAX_IMPORT_BYTES on the server."
    : "Nothing was imported. Split the article and import it in parts, or ask an administrator to raise the limit.";
}

export const ENCODING_NAMES = { gb18030: "GB18030 (Chinese)", "windows-1252": "Windows-1252 (Western European)" } as const;

export function codePointName(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
}
