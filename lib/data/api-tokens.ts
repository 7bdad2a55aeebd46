import type { Role } from "@/lib/domain";
import { prismaOf, type Db } from "./prisma-handle";

export interface ApiTokenView {
  id: number;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export interface ApiTokenOwner {
  tokenId: number;
  userId: number;
  role: Role;
}

const view = { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true } as const;

/** Active tokens a user may hold at once: enough for every editor and browser they use. */
export const MAX_ACTIVE_API_TOKENS = 20;

export async function createApiToken(db: Db, input: { userId: number; name: string; prefix: string; hash: string }): Promise<ApiTokenView | "too-many"> {
  const prisma = prismaOf(db);
  return prisma.$transaction(async (tx) => {
    const active = await tx.apiToken.count({ where: { userId: input.userId, revokedAt: null } });
    if (active >= MAX_ACTIVE_API_TOKENS) return "too-many";
    return tx.apiToken.create({ data: input, select: view });
  });
}

export async function listApiTokens(db: Db, input: { userId: number }): Promise<ApiTokenView[]> {
  const prisma = prismaOf(db);
  return prisma.apiToken.findMany({ where: { userId: input.userId }, select: view, orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }, { id: "desc" }] });
}

export async function getApiToken(db: Db, input: { id: number }): Promise<(ApiTokenView & { userId: number }) | null> {
  const prisma = prismaOf(db);
  return prisma.apiToken.findUnique({ where: { id: input.id }, select: { ...view, userId: true } });
}

/** Revoking twice keeps the first time: the list says when it stopped working. */
export async function revokeApiToken(db: Db, input: { id: number }): Promise<void> {
  const prisma = prismaOf(db);
  await prisma.apiToken.updateMany({ where: { id: input.id, revokedAt: null }, data: { revokedAt: new Date() } });
}

// A busy client checks on every keystroke pause; the list needs "last used" to the minute, not a write per call.
const LAST_USED_RESOLUTION_MS = 60_000;

/** The live owner of an unrevoked token, or null; a disabled account's tokens stop working with it. */
export async function findApiTokenOwner(db: Db, input: { hash: string }): Promise<ApiTokenOwner | null> {
  const prisma = prismaOf(db);
  const token = await prisma.apiToken.findUnique({
    where: { hash: input.hash },
    select: { id: true, revokedAt: true, lastUsedAt: true, user: { select: { id: true, role: true, disabled: true } } },
  });
  if (!token || token.revokedAt || token.user.disabled) return null;
  const now = Date.now();
  if (!token.lastUsedAt || now - token.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await prisma.apiToken.updateMany({ where: { id: token.id }, data: { lastUsedAt: new Date(now) } });
  }
  return { tokenId: token.id, userId: token.user.id, role: token.user.role as Role };
}
