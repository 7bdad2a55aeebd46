import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { getDb } from "@/lib/data/db";
import { getUserUiLocale } from "@/lib/data/user-ui-locale";
import type { UiLocale } from "./config";

/** The signed-in user's chosen language; none for visitors, and none rather than a failed page when the database is away. */
export async function currentUserUiLocale(): Promise<UiLocale | null> {
  const session = await getServerSession(authOptions());
  const userId = session?.user?.id;
  if (typeof userId !== "number") return null;
  try {
    return await getUserUiLocale(await getDb(), { userId });
  } catch {
    return null;
  }
}
