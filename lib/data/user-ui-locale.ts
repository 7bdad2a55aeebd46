import { isUiLocale, type UiLocale } from "@/lib/i18n/config";
import { prismaOf, type Db } from "./prisma-handle";

/** The interface language a user chose, or null when they have not chosen one (or it is no longer offered). */
export async function getUserUiLocale(db: Db, { userId }: { userId: number }): Promise<UiLocale | null> {
  const prisma = prismaOf(db);
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { uiLocale: true } });
  return isUiLocale(user?.uiLocale) ? user.uiLocale : null;
}

export async function setUserUiLocale(db: Db, { userId, locale }: { userId: number; locale: UiLocale }): Promise<void> {
  const prisma = prismaOf(db);
  await prisma.user.update({ where: { id: userId }, data: { uiLocale: locale } });
}
