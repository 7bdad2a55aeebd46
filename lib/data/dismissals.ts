import { prismaOf, type Db } from "./prisma-handle";

export interface DismissalView {
  id: number;
  paragraphId: number;
  check: string;
  text: string;
  reason: string | null;
  createdAt: Date;
  user: { name: string } | null;
}

const view = { id: true, paragraphId: true, check: true, text: true, reason: true, createdAt: true, user: { select: { name: true } } } as const;

export async function listArticleDismissals(db: Db, articleId: number): Promise<DismissalView[]> {
  const prisma = prismaOf(db);
  return prisma.dismissal.findMany({ where: { paragraph: { articleId } }, select: view, orderBy: { createdAt: "desc" } });
}

/** "Not an error": keyed by check and flagged text, so it survives re-checks and edits elsewhere. */
export async function dismissFlag(
  db: Db,
  input: { paragraphId: number; check: string; text: string; reason: string | null; userId: number },
): Promise<DismissalView> {
  const prisma = prismaOf(db);
  return prisma.dismissal.upsert({
    where: { paragraphId_check_text: { paragraphId: input.paragraphId, check: input.check, text: input.text } },
    create: { paragraphId: input.paragraphId, check: input.check, text: input.text, reason: input.reason, userId: input.userId },
    update: { reason: input.reason, userId: input.userId },
    select: view,
  });
}

/** Brings a dismissed flag back: the dismissal record goes, the next check shows the flag again. */
export async function restoreDismissedFlag(db: Db, dismissalId: number): Promise<boolean> {
  const prisma = prismaOf(db);
  const removed = await prisma.dismissal.deleteMany({ where: { id: dismissalId } });
  return removed.count > 0;
}

export async function getDismissal(db: Db, dismissalId: number) {
  const prisma = prismaOf(db);
  return prisma.dismissal.findUnique({ where: { id: dismissalId }, select: { id: true, paragraphId: true, paragraph: { select: { articleId: true } } } });
}
