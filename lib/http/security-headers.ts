/**
 * The page policy. Scripts: only those carrying this request's nonce, and what they load ('strict-dynamic'),
 * so markup that got into a page cannot run. Styles stay 'unsafe-inline': React, Radix, the windowed list
 * and the charts set style attributes, which a nonce cannot cover, and a stylesheet cannot run code.
 * Development adds what the dev server needs (eval for fast refresh, its websocket).
 */
export function contentSecurityPolicy(nonce: string, development = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${development ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
