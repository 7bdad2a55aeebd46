import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { getDb } from "@/lib/data/db";
import { listUsers } from "@/lib/data/users";
import { UsersClient } from "./users-client";

export async function generateMetadata() {
  return { title: (await getTranslations("users"))("title") };
}

export default async function UsersPage() {
  const admin = await requirePageUser("admin");
  const [users, t] = await Promise.all([getDb().then(listUsers), getTranslations("users")]);
  return (
    <div className="space-y-6">
      <h1 className="font-serif text-2xl font-semibold">{t("title")}</h1>
      <UsersClient users={users.map((u) => ({ ...u, createdAt: u.createdAt.toISOString() }))} selfId={admin.id} />
    </div>
  );
}
