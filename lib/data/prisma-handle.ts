import type { Prisma, PrismaClient } from "./generated/prisma/client";

declare const sealed: unique symbol;

/**
 * The database as code outside lib/data holds it: something to pass to lib/data's functions, with nothing on it
 * to query. Only lib/data (and, through lib/data/testing.ts, the tests) may turn it back into the Prisma client;
 * `npm run lint` refuses an import of this module from anywhere else.
 */
export interface Db {
  readonly [sealed]: true;
}

/** What a lib/data function runs its queries on inside a transaction. */
export type PrismaTx = Prisma.TransactionClient;

// The seal is a type: the handle is the Prisma client itself, so these two casts are the only conversion.
export function prismaOf(db: Db): PrismaClient {
  return db as unknown as PrismaClient;
}

export function sealPrisma(client: PrismaClient): Db {
  return client as unknown as Db;
}
