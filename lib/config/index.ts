import path from "node:path";

/** Where Lapidar keeps its embedded database and generated secret. */
export function dataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.LAPIDAR_DATA_DIR || ".data");
}

export function pgliteDir(): string {
  const configured = process.env.PGLITE_DIR;
  return configured ? path.resolve(/*turbopackIgnore: true*/ process.cwd(), configured) : path.join(dataDir(), "pglite");
}

/** A postgres:// URL switches Lapidar to that server; anything else means the embedded database. */
export function postgresUrl(): string | null {
  const url = process.env.DATABASE_URL?.trim();
  return url && /^postgres(ql)?:\/\//.test(url) ? url : null;
}

export function maxImportBytes(): number {
  const configured = Number(process.env.LAPIDAR_MAX_IMPORT_BYTES);
  return Number.isFinite(configured) && configured > 0 ? configured : 5 * 1024 * 1024;
}
