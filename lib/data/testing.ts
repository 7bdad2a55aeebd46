import type { PrismaClient } from "./generated/prisma/client";
import { prismaOf, type Db } from "./prisma-handle";

/**
 * The tests' one door past the seal on Db: fixtures and assertions that no application code has a function for
 * (raw rows, counts of every table). `npm run lint` refuses an import of this module outside lib/data and tests/.
 */
export function prismaForTests(db: Db): PrismaClient {
  return prismaOf(db);
}
