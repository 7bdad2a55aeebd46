"use server";

import { hashPassword } from "@/lib/auth/password";
import { getDb } from "@/lib/data/db";
import { FirstRunClosedError, createFirstAdmin } from "@/lib/data/users";
import { firstAdminSchema } from "@/lib/validation/user";
import { ActionError, publicAction } from "./safe-action";

export const createFirstAdministrator = publicAction(firstAdminSchema, async (input) => {
  try {
    const user = await createFirstAdmin(await getDb(), {
      email: input.email,
      name: input.name,
      passwordHash: await hashPassword(input.password),
    });
    return { email: user.email };
  } catch (error) {
    if (error instanceof FirstRunClosedError) throw new ActionError(error.message);
    throw error;
  }
});
