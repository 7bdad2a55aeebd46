"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { hashPassword } from "@/lib/auth/password";
import { canChangeAccessOf, canResetPasswordOf } from "@/lib/auth/permissions/user";
import { getDb } from "@/lib/data/db";
import { EmailTakenError, LastAdminError, createUser, getUser, setUserPassword, updateUserAccess } from "@/lib/data/users";
import { roleSchema } from "@/lib/domain";
import { newUserSchema, resetPasswordSchema } from "@/lib/validation/user";
import { ActionError, userAction } from "./safe-action";

export const createAccount = userAction("admin", newUserSchema, async (input) => {
  try {
    const user = await createUser(await getDb(), {
      email: input.email,
      name: input.name,
      role: input.role,
      passwordHash: await hashPassword(input.password),
    });
    revalidatePath("/users");
    return user;
  } catch (error) {
    if (error instanceof EmailTakenError) throw new ActionError(error.message);
    throw error;
  }
});

const accessSchema = z.object({ id: z.number().int().positive(), role: roleSchema.optional(), disabled: z.boolean().optional() });

export const changeAccess = userAction("admin", accessSchema, async ({ id, ...change }, admin) => {
  if (!canChangeAccessOf(admin, id, change)) throw new ActionError("You cannot disable your own account or remove your own administrator role.");
  try {
    const user = await updateUserAccess(await getDb(), id, change);
    revalidatePath("/users");
    return user;
  } catch (error) {
    if (error instanceof LastAdminError) throw new ActionError(error.message);
    throw error;
  }
});

/** An administrator sets a new password for someone else (their own goes through the account page, with the current one). */
export const resetPassword = userAction("admin", resetPasswordSchema, async ({ id, password }, admin) => {
  if (!canResetPasswordOf(admin, id)) throw new ActionError("Change your own password on your account page.");
  const db = await getDb();
  const user = await getUser(db, id);
  if (!user) throw new ActionError("This account no longer exists.");
  await setUserPassword(db, id, await hashPassword(password));
  return { email: user.email };
});
