import { encode } from "next-auth/jwt";

export const SESSION_COOKIE = "next-auth.session-token";

/**
 * A session cookie exactly as next-auth issues it after a password sign-in. Load runs mint them so that
 * fifty reviewers are not throttled by the sign-in rate limit (40 attempts per address) nor spend the
 * run hashing passwords; one real password sign-in per run still proves that path (signInWithPassword).
 */
export async function mintSessionCookie(user: { id: number; name: string; email: string; role: string }, secret: string): Promise<string> {
  const value = await encode({ token: { name: user.name, email: user.email, uid: user.id, role: user.role }, secret });
  return `${SESSION_COOKIE}=${value}`;
}

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((line) => line.split(";")[0]);
}

export type SignInAttempt = { ok: true; cookie: string } | { ok: false; status: number; error: string };

/** The browser's sign-in, by hand: CSRF token, then the credentials callback; the session cookie or next-auth's error. */
export async function attemptSignIn(baseUrl: string, email: string, password: string): Promise<SignInAttempt> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookiesOf(csrf).join("; "), Origin: baseUrl },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = cookiesOf(response).find((cookie) => cookie.startsWith(`${SESSION_COOKIE}=`));
  if (session) return { ok: true, cookie: session };
  // With json=true next-auth answers {url}, the sign-in page with the refusal in its error parameter.
  const body = (await response.json().catch(() => ({}))) as { url?: string };
  const target = body.url ?? response.headers.get("location") ?? "";
  const error = target ? (new URL(target, baseUrl).searchParams.get("error") ?? "") : "";
  return { ok: false, status: response.status, error };
}

export async function signInWithPassword(baseUrl: string, email: string, password: string): Promise<string> {
  const attempt = await attemptSignIn(baseUrl, email, password);
  if (!attempt.ok) throw new Error(`Sign-in as ${email} failed (HTTP ${attempt.status}${attempt.error ? `: ${attempt.error}` : ""}).`);
  return attempt.cookie;
}
