import { RefusalError } from "@/lib/domain/refusal";
import { prismaOf, type Db } from "./prisma-handle";
import type { Prisma } from "./generated/prisma/client";
import type { Role } from "@/lib/domain";

export interface UserSummary {
  id: number;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  createdAt: Date;
}

const summary = { id: true, email: true, name: true, role: true, disabled: true, createdAt: true } as const;

export class FirstRunClosedError extends RefusalError {
  constructor() {
    super({ key: "firstRunClosed" }, "Lapidar already has users: sign in instead.");
  }
}

export class EmailTakenError extends RefusalError {
  constructor(email: string) {
    super({ key: "emailTaken", values: { email } }, `An account with the e-mail ${email} already exists.`);
  }
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string })?.code === "P2002";
}

/**
 * Changes that decide who administers the installation (the first administrator, roles, disabling) take
 * one transaction-scoped lock and so run one after another: two administrators demoting each other at once
 * cannot both see the other still there. A lock rather than SERIALIZABLE, because a serializable transaction
 * that fails at COMMIT leaves its connection checked out of @prisma/adapter-pg's pool for good (6.19.3):
 * a few such conflicts and the server waits forever for a connection.
 */
async function lockAccounts(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRawUnsafe("SELECT pg_advisory_xact_lock(4242001)");
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function countUsers(db: Db): Promise<number> {
  const prisma = prismaOf(db);
  return prisma.user.count();
}

export async function findUserForSignIn(db: Db, email: string) {
  const prisma = prismaOf(db);
  return prisma.user.findUnique({ where: { email: normaliseEmail(email) } });
}

export async function getUser(db: Db, id: number): Promise<UserSummary | null> {
  const prisma = prismaOf(db);
  return prisma.user.findUnique({ where: { id }, select: summary });
}

/** The account behind a session, with what decides whether that session still holds. */
export async function getSessionUser(db: Db, id: number): Promise<(UserSummary & { passwordChangedAt: Date | null }) | null> {
  const prisma = prismaOf(db);
  return prisma.user.findUnique({ where: { id }, select: { ...summary, passwordChangedAt: true } });
}

export async function listUsers(db: Db): Promise<UserSummary[]> {
  const prisma = prismaOf(db);
  return prisma.user.findMany({ select: summary, orderBy: { createdAt: "asc" } });
}

export interface NewUser {
  email: string;
  name: string;
  passwordHash: string;
  role: Role;
}

export async function createUser(db: Db, input: NewUser): Promise<UserSummary> {
  const prisma = prismaOf(db);
  try {
    return await prisma.user.create({ data: { ...input, email: normaliseEmail(input.email) }, select: summary });
  } catch (error) {
    if (isUniqueViolation(error)) throw new EmailTakenError(input.email);
    throw error;
  }
}

/** The first-run page: creates an administrator only while there is no user at all. */
export async function createFirstAdmin(db: Db, input: Omit<NewUser, "role">): Promise<UserSummary> {
  const prisma = prismaOf(db);
  // Two first visitors submitting at once must not both become administrators.
  return prisma.$transaction(async (tx) => {
    await lockAccounts(tx);
    if ((await tx.user.count()) > 0) throw new FirstRunClosedError();
    return tx.user.create({ data: { ...input, email: normaliseEmail(input.email), role: "admin" }, select: summary });
  });
}

export class LastAdminError extends RefusalError {
  constructor() {
    super({ key: "lastAdmin" }, "Lapidar needs at least one active administrator.");
  }
}

/** Role and access changes; refuses to leave the installation without an active administrator. */
export async function updateUserAccess(
  db: Db,
  id: number,
  change: { role?: Role; disabled?: boolean },
): Promise<UserSummary> {
  const prisma = prismaOf(db);
  return prisma.$transaction(async (tx) => {
    await lockAccounts(tx);
    const updated = await tx.user.update({ where: { id }, data: change, select: summary });
    const activeAdmins = await tx.user.count({ where: { role: "admin", disabled: false } });
    if (activeAdmins === 0) throw new LastAdminError();
    return updated;
  });
}

/** A new password ends every session signed in before it (see currentUser). */
export async function setUserPassword(db: Db, id: number, passwordHash: string): Promise<void> {
  const prisma = prismaOf(db);
  await prisma.user.update({ where: { id }, data: { passwordHash, passwordChangedAt: new Date() } });
}

export async function getPasswordHash(db: Db, id: number): Promise<string | null> {
  const prisma = prismaOf(db);
  return (await prisma.user.findUnique({ where: { id }, select: { passwordHash: true } }))?.passwordHash ?? null;
}
