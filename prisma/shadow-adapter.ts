import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";

type Factory = InstanceType<typeof PrismaPGlite>;
type Adapter = Awaited<ReturnType<Factory["connect"]>>;

// The schema engine sends whole migration.sql files through executeRaw() without parameters; the
// stock adapter runs them as prepared statements, which PostgreSQL refuses for several commands
// (P3006). The simple protocol (exec) accepts them.
function withScriptSupport(adapter: Adapter, db: PGlite): Adapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    if (query.args.length > 0) return executeRaw(query);
    await db.exec(query.sql);
    return 0;
  };
  adapter.executeScript = async (script) => {
    await db.exec(script);
  };
  return adapter;
}

async function inMemory(): Promise<Adapter> {
  const db = new PGlite("memory://");
  const adapter = await new PrismaPGlite(db).connect();
  return withScriptSupport(adapter, db);
}

/**
 * The Prisma CLI only needs a database to replay migrations when it computes a diff
 * (`npm run db:migrate`). Lapidar applies migrations itself (lib/data/migrations.ts), so the
 * CLI's main connection is refused with a pointer to the right command.
 */
export function shadowOnlyAdapter(): Factory {
  return {
    provider: "postgres" as const,
    adapterName: "lapidar-shadow-pglite",
    async connect() {
      if (!process.argv.includes("diff")) {
        throw new Error(
          "Lapidar applies migrations itself: use `npm run db:deploy` (embedded database or DATABASE_URL).",
        );
      }
      return inMemory();
    },
    connectToShadowDb: inMemory,
  } as unknown as Factory;
}
