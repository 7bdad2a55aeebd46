import { currentTitleOfStored } from "@/lib/export/headline";
import type { BackupInput } from "./format";

const MAX_STEM = 80;

/**
 * A file name for a download built from an article title: accents folded, anything outside
 * [a-z0-9-] turned into single hyphens, so it is safe in every file system and in a header.
 */
export function downloadFileName(title: string, suffix: string, extension: string): string {
  const stem =
    title
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .slice(0, MAX_STEM)
      .replace(/^-+|-+$/g, "") || "article";
  return `${stem}${suffix ? `-${suffix}` : ""}.${extension}`;
}

/** Content-Disposition for an attachment; the name is already ASCII, quoted defensively anyway. */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7E]|["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** Named after the headline as it reads now; the backup itself keeps the title as imported, so a restore is exact. */
export function backupFileName(backup: BackupInput): string {
  return downloadFileName(currentTitleOfStored(backup.article.title, backup.paragraphs), "backup", "json");
}
