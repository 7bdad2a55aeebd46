import { hashApiToken, looksLikeApiToken } from "@/lib/auth/api-token";
import { findApiTokenOwner, type ApiTokenOwner } from "@/lib/data/api-tokens";
import { DATABASE_UNREACHABLE, getDb, isDatabaseUnreachable } from "@/lib/data/db";
import { BodyTooLargeError, parseFormData, readBodyLimited } from "./read-body";

/**
 * LanguageTool's clients run in browsers and editors on other origins and authenticate with a token, never a
 * cookie, so any origin may call; there is no session to ride on.
 */
export const CORS_HEADERS = {
  "access-control-allow-origin": "*",
  "access-control-allow-methods": "GET, POST, OPTIONS",
  "access-control-allow-headers": "authorization, content-type",
  "access-control-max-age": "600",
};

/** LanguageTool answers refusals as one line of plain text; its clients show that line. */
export function plainError(status: number, message: string, headers: Record<string, string> = {}): Response {
  return new Response(`Error: ${message}\n`, { status, headers: { "content-type": "text/plain; charset=utf-8", ...CORS_HEADERS, ...headers } });
}

export function preflight(): Response {
  return new Response(null, { status: 204, headers: CORS_HEADERS });
}

/** 100,000 characters of Portuguese, form-encoded, with room to spare. */
const MAX_BODY_BYTES = 2 * 1024 * 1024;

/** The form fields, from the query string and the body (form-encoded as LanguageTool's API is, or multipart). */
export async function readForm(request: Request): Promise<URLSearchParams | Response> {
  const form = new URLSearchParams(new URL(request.url).search);
  let body: Uint8Array<ArrayBuffer>;
  try {
    body = await readBodyLimited(request, MAX_BODY_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return plainError(413, `The request is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB.`);
    throw error;
  }
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  if (type.startsWith("multipart/form-data")) {
    let parsed: FormData;
    try {
      parsed = await parseFormData(request, body);
    } catch {
      return plainError(400, "The multipart body could not be read.");
    }
    for (const [key, value] of parsed) if (typeof value === "string") form.set(key, value);
  } else if (body.byteLength > 0) {
    if (type !== "" && !type.startsWith("application/x-www-form-urlencoded")) return plainError(415, "Send the fields form-encoded (application/x-www-form-urlencoded).");
    for (const [key, value] of new URLSearchParams(new TextDecoder().decode(body))) form.set(key, value);
  }
  return form;
}

/** The token from `Authorization: Bearer …` or LanguageTool's `apiKey` field. */
export async function authenticate(request: Request, form: URLSearchParams): Promise<ApiTokenOwner | Response> {
  const header = request.headers.get("authorization");
  const bearer = header?.match(/^Bearer\s+(\S+)$/i)?.[1];
  const secret = bearer ?? form.get("apiKey");
  if (!secret) return plainError(401, "An API token is needed: create one on your account page and send it as 'Authorization: Bearer <token>' or as the apiKey field.", { "www-authenticate": "Bearer" });
  if (!looksLikeApiToken(secret)) return plainError(401, "That is not a Lapidar API token.", { "www-authenticate": "Bearer" });
  try {
    const owner = await findApiTokenOwner(await getDb(), { hash: hashApiToken(secret) });
    return owner ?? plainError(401, "This API token was revoked or does not exist.", { "www-authenticate": "Bearer" });
  } catch (error) {
    if (isDatabaseUnreachable(error)) return plainError(503, DATABASE_UNREACHABLE);
    throw error;
  }
}
