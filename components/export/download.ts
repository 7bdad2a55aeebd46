/** `error` is the server's refusal, already worded in the reader's language; null when the answer carried none. */
export type DownloadOutcome = { ok: true } | { ok: false; status: number; error: string | null; notApproved?: number };

/**
 * Fetches a download and saves it under the server's file name. Going through fetch lets the page
 * read a refusal (409 when paragraphs are unapproved) instead of navigating to an error body.
 */
export async function download(url: string): Promise<DownloadOutcome> {
  const response = await fetch(url, { credentials: "same-origin" });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: string; notApproved?: number } | null;
    return { ok: false, status: response.status, error: body?.error ?? null, notApproved: body?.notApproved };
  }
  const disposition = response.headers.get("content-disposition") ?? "";
  const fileName = /filename="([^"]+)"/.exec(disposition)?.[1] ?? "download";
  const href = URL.createObjectURL(await response.blob());
  const anchor = Object.assign(document.createElement("a"), { href, download: fileName });
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoking at once can cancel the save in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
  return { ok: true };
}
