"use server";

import { hashPassword } from "@/lib/auth/password";
import { canResetPasswordOf } from "@/lib/auth/permissions/user";
import { getDb } from "@/lib/data/db";
import { getUser, setUserPassword } from "@/lib/data/users";
import { resetPasswordSchema } from "@/lib/validation/user";
import { ActionError, userAction } from "./safe-action";

/** An administrator sets a new password for someone else (their own goes through the account page, with the current one). */
export const resetPassword = userAction("admin", resetPasswordSchema, async ({ id, password }, admin) => {
  if (!canResetPasswordOf(admin, id)) throw new ActionError("ownPassword");
  const db = await getDb();
  const user = await getUser(db, id);
  if (!user) throw new ActionError("accountGone");
  await setUserPassword(db, id, await hashPassword(password));
  return { email: user.email };
});
