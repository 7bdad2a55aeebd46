"use server";

import { revalidatePath } from "next/cache";
import { canChangeAccessOf } from "@/lib/auth/permissions/user";
import { getDb } from "@/lib/data/db";
import { updateUserAccess } from "@/lib/data/users";
import { accessSchema } from "@/lib/validation/user";
import { ActionError, userAction } from "./safe-action";

export const changeAccess = userAction("admin", accessSchema, async ({ id, ...change }, admin) => {
  if (!canChangeAccessOf(admin, id, change)) throw new ActionError("ownAccess");
  const user = await updateUserAccess(await getDb(), id, change);
  revalidatePath("/users");
  return user;
});
