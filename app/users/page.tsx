import { requirePageUser } from "@/lib/auth/session";
import { getDb } from "@/lib/data/db";
import { listUsers } from "@/lib/data/users";
import { UsersClient } from "./users-client";

export const metadata = { title: "Users" };

export default async function UsersPage() {
  const admin = await requirePageUser("admin");
  const users = await listUsers(await getDb());
  return (
    <div className="space-y-6">
      <h1 className="font-serif text-2xl font-semibold">Users</h1>
      <UsersClient users={users.map((u) => ({ ...u, createdAt: u.createdAt.toISOString() }))} selfId={admin.id} />
    </div>
  );
}
