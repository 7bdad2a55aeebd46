import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import pg from "pg";
import { PrismaClient } from "./generated/prisma/client";
import { seedCalqueEntries } from "./glossary-seed";
import { applyMigrations, pendingMigrations } from "./migrations";
import { lockPgliteDir } from "./pglite-lock";
import { withMappedErrors } from "./pglite-errors";
import { sealPrisma, type Db } from "./prisma-handle";
import { pgliteDir, postgresUrl } from "@/lib/config";

export type { Db };

export interface OpenDatabase {
  db: Db;
  close(): Promise<void>;
}

export class DatabaseBehindError extends Error {}

export const DATABASE_UNREACHABLE = "The database cannot be reached right now; nothing was changed. Try again in a moment.";

// Connection-level PostgreSQL codes: shutdown in progress (57P0x) and connection failures (08xxx).
const CONNECTION_CODES = /^(57P0[123]|08\d{3})$/;

/** The server is down or restarting: the caller should answer "try again", not report a fault. */
export function isDatabaseUnreachable(error: unknown): boolean {
  const candidate = error as { code?: unknown; cause?: { kind?: string; code?: string }; message?: string } | null;
  if (candidate?.code === "P1001" || candidate?.code === "P1017") return true;
  if (candidate?.cause?.kind === "DatabaseNotReachable" || candidate?.cause?.kind === "ConnectionClosed") return true;
  if (CONNECTION_CODES.test(candidate?.cause?.code ?? "")) return true;
  return /ECONNREFUSED|Connection terminated|terminating connection due to administrator command/.test(candidate?.message ?? "");
}

/** Prisma on PGlite, in memory (tests) or in a data folder; migrations applied first. */
export async function openPglite(dataDir?: string): Promise<OpenDatabase> {
  const pglite = new PGlite(dataDir);
  await pglite.waitReady;
  await applyMigrations(pglite);
  const adapter = withMappedErrors(new PrismaPGlite(pglite));
  const prisma = new PrismaClient({ adapter });
  return {
    db: sealPrisma(prisma),
    async close() {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}

async function openPgliteDir(dir: string): Promise<OpenDatabase> {
  mkdirSync(path.dirname(dir), { recursive: true });
  const release = lockPgliteDir(dir);
  try {
    const opened = await openPglite(dir);
    // Migrated just now: the installation's glossary gets the calque lexicon here, not on a page's GET.
    await seedCalqueEntries(opened.db);
    return {
      db: opened.db,
      async close() {
        await opened.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

/** Prisma on a PostgreSQL server. A server behind the code's migrations is refused, not half-used. */
export async function openPostgres(url: string, { migrate = false } = {}): Promise<OpenDatabase> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const runner = { exec: (sql: string) => client.query(sql), query: (sql: string, params?: unknown[]) => client.query(sql, params) };
    if (migrate) await applyMigrations(runner);
    const pending = await pendingMigrations(runner);
    if (pending.length > 0) {
      throw new DatabaseBehindError(
        `The database has ${pending.length} pending migration(s) (${pending.join(", ")}). Run \`npm run db:deploy\`.`,
      );
    }
  } finally {
    await client.end();
  }
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  const db = sealPrisma(prisma);
  if (migrate) await seedCalqueEntries(db);
  return { db, close: () => prisma.$disconnect() };
}

/** The database this process is configured for: DATABASE_URL, else the embedded one. */
export function openConfiguredDatabase(options: { migrate?: boolean } = {}): Promise<OpenDatabase> {
  const url = postgresUrl();
  return url ? openPostgres(url, options) : openPgliteDir(pgliteDir());
}

const cache = globalThis as unknown as { __lapidarDb?: Promise<OpenDatabase> };

/**
 * The process-wide client, opened on first use (never at import: `next build` imports server
 * modules and must not touch the database). Cached on globalThis so dev-server reloads reuse it.
 */
export function getDb(): Promise<Db> {
  cache.__lapidarDb ??= openConfiguredDatabase().catch((error) => {
    cache.__lapidarDb = undefined;
    throw error;
  });
  return cache.__lapidarDb.then((opened) => opened.db);
}
