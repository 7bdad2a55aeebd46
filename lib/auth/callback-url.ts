/**
 * Where to go after sign-in: the page that asked, when it is on this site, else the home page. Parsed as a
 * browser would (which drops tabs and newlines and reads "\" as "/", so "/\t/evil.example" is
 * "//evil.example", another site) and judged by comparing origins, not by looking at the first characters.
 */
export function sameSiteCallback(callback: string | null | undefined, origin: string): string {
  if (!callback) return "/";
  let url: URL;
  try {
    url = new URL(callback, origin);
  } catch {
    return "/";
  }
  return url.origin === origin ? `${url.pathname}${url.search}${url.hash}` : "/";
}
