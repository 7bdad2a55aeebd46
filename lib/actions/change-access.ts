"use server";

import { revalidatePath } from "next/cache";
import { canChangeAccessOf } from "@/lib/auth/permissions/user";
import { getDb } from "@/lib/data/db";
import { LastAdminError, updateUserAccess } from "@/lib/data/users";
import { accessSchema } from "@/lib/validation/user";
import { ActionError, userAction } from "./safe-action";

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
