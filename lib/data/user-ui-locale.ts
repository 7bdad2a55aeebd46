import { isUiLocale, type UiLocale } from "@/lib/i18n/config";
import type { Db } from "./db";

/** The interface language a user chose, or null when they have not chosen one (or it is no longer offered). */
export async function getUserUiLocale(db: Db, { userId }: { userId: number }): Promise<UiLocale | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { uiLocale: true } });
  return isUiLocale(user?.uiLocale) ? user.uiLocale : null;
}

export async function setUserUiLocale(db: Db, { userId, locale }: { userId: number; locale: UiLocale }): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { uiLocale: locale } });
}
