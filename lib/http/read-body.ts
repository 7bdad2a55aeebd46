/** The body went past its limit; nothing of it should be used. */
export class BodyTooLargeError extends Error {}

/**
 * The request body, read as it streams in and abandoned as soon as it passes `maxBytes`. Content-Length
 * alone would let a chunked upload (no length, or a false one) through, and `request.formData()` buffers
 * whatever arrives before any size can be checked.
 */
export async function readBodyLimited(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (declared > maxBytes) throw new BodyTooLargeError();
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new BodyTooLargeError();
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return body;
}

/** Multipart form data from a body already read within its limit. */
export function parseFormData(request: Request, body: Uint8Array<ArrayBuffer>): Promise<FormData> {
  return new Response(body, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
}

/** Room for the multipart envelope (boundaries, field names, the other small fields) around a file. */
export const MULTIPART_OVERHEAD_BYTES = 64 * 1024;
