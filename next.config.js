import path from "node:path";
import createNextIntlPlugin from "next-intl/plugin";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite, hunspell and the dictionaries load .wasm and data files relative to their own modules. eld is
  // bundled: its entries are ES modules only, which the flagging worker's chunks cannot require from outside.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/adapter-pg",
    "hunspell-asm",
    "dictionary-pt",
    "dictionary-pt-pt",
    "dictionary-en",
    "@node-rs/argon2",
    // A native addon: Turbopack cannot place a .node file in its chunks.
    "@node-rs/jieba",
  ],
  turbopack: { root: path.resolve(import.meta.dirname) },
  poweredByHeader: false,
  devIndicators: false,
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
  // Pages get their Content-Security-Policy (with a per-request nonce) from proxy.ts; these hold for every
  // response. X-Frame-Options repeats frame-ancestors 'none' for browsers that predate it.
  async headers() {
    const everywhere = [
      { key: "X-Frame-Options", value: "DENY" },
      { key: "Referrer-Policy", value: "same-origin" },
      { key: "X-Content-Type-Options", value: "nosniff" },
    ];
    // The upload routes are outside the proxy (see proxy.ts) and answer JSON only.
    const uploads = [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }];
    return [
      { source: "/:path*", headers: everywhere },
      ...["/api/import", "/api/glossary/import", "/api/backup/restore"].map((source) => ({ source, headers: uploads })),
    ];
  },
};

// The interface language is chosen per request (the user, a cookie, the browser), not by the URL.
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

export default withNextIntl(nextConfig);
