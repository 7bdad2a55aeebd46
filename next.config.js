import path from "node:path";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite, hunspell and the dictionaries load .wasm and data files relative to their own modules.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/adapter-pg",
    "hunspell-asm",
    "dictionary-pt",
    "dictionary-pt-pt",
    "eld",
    "@node-rs/argon2",
  ],
  turbopack: { root: path.resolve(import.meta.dirname) },
  poweredByHeader: false,
  devIndicators: false,
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
};

export default nextConfig;
