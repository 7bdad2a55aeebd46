import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { getDb } from "@/lib/data/db";
import { getSessionUser, type UserSummary } from "@/lib/data/users";
import { authOptions } from "./options";
import { hasRole, type Role } from "@/lib/domain";
import { RefusalError } from "@/lib/domain/refusal";

export class NotAllowedError extends RefusalError {}

/**
 * The signed-in user as the database has them now: a token of a since-disabled account, or one whose
 * role was lowered, is judged by the current record, not by what the token says.
 */
export async function currentUser(): Promise<UserSummary | null> {
  const session = await getServerSession(authOptions());
  const id = session?.user?.id;
  if (typeof id !== "number") return null;
  const user = await getSessionUser(await getDb(), id);
  if (!user || user.disabled) return null;
  // A password changed or reset after this session's sign-in ends it: whoever had the old password is out.
  if (user.passwordChangedAt && session!.signedInAt < user.passwordChangedAt.getTime()) return null;
  const { passwordChangedAt: _, ...summary } = user;
  return summary;
}

/**
 * For pages: anonymous visitors go to sign-in; a lower role gets "not found", as if the page did not
 * exist for them. (A thrown error would answer 500 and log a server fault for an ordinary refusal.)
 */
export async function requirePageUser(role: Role = "viewer"): Promise<UserSummary> {
  const user = await currentUser();
  if (!user) redirect("/login");
  if (!hasRole(user.role, role)) notFound();
  return user;
}

/** For server actions and route handlers: throws instead of redirecting. */
export async function requireUser(role: Role = "viewer"): Promise<UserSummary> {
  const user = await currentUser();
  if (!user) throw new NotAllowedError({ key: "notSignedIn" }, "You are not signed in.");
  if (!hasRole(user.role, role)) {
    throw role === "admin"
      ? new NotAllowedError({ key: "adminsOnly" }, "Only administrators can do this.")
      : new NotAllowedError({ key: "readOnlyAccount" }, "Your account can read but not change anything.");
  }
  return user;
}
