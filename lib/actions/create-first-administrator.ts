"use server";

import { hashPassword } from "@/lib/auth/password";
import { getDb } from "@/lib/data/db";
import { createFirstAdmin } from "@/lib/data/users";
import { firstAdminSchema } from "@/lib/validation/user";
import { publicAction } from "./safe-action";

export const createFirstAdministrator = publicAction(firstAdminSchema, async (input) => {
  const user = await createFirstAdmin(await getDb(), {
    email: input.email,
    name: input.name,
    passwordHash: await hashPassword(input.password),
  });
  return { email: user.email };
});
