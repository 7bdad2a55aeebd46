"use server";

import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { signInLimiter } from "@/lib/auth/rate-limit";
import { getDb } from "@/lib/data/db";
import { getPasswordHash, setUserPassword } from "@/lib/data/users";
import { changeOwnPasswordSchema } from "@/lib/validation/user";
import { ActionError, userAction } from "./safe-action";

/**
 * Anyone signed in changes their own password, knowing the current one. Every session, this one included,
 * ends with it; the page signs in again with the new password.
 */
export const changeOwnPassword = userAction("viewer", changeOwnPasswordSchema, async ({ current, password }, user) => {
  const db = await getDb();
  // Guessing the current password from a session left open is slowed like guessing it at sign-in.
  const limiter = signInLimiter();
  await limiter.check(user.email, "account page");
  const stored = await getPasswordHash(db, user.id);
  if (!stored || !(await verifyPassword(stored, current))) {
    await limiter.recordFailure(user.email, "account page");
    throw new ActionError("currentPasswordWrong");
  }
  if (current === password) throw new ActionError("passwordUnchanged");
  await setUserPassword(db, user.id, await hashPassword(password));
  return { email: user.email };
});
