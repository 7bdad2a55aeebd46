import { attachmentDisposition } from "./file-name";

/** A file download: the declared type only (nosniff), never cached, always saved rather than shown inline. */
export function downloadResponse(body: string | Buffer, fileName: string, contentType: string): Response {
  return new Response(typeof body === "string" ? body : new Uint8Array(body), {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": attachmentDisposition(fileName),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
