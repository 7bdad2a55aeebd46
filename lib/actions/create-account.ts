"use server";

import { revalidatePath } from "next/cache";
import { hashPassword } from "@/lib/auth/password";
import { getDb } from "@/lib/data/db";
import { createUser } from "@/lib/data/users";
import { newUserSchema } from "@/lib/validation/user";
import { userAction } from "./safe-action";

export const createAccount = userAction("admin", newUserSchema, async (input) => {
  const user = await createUser(await getDb(), {
    email: input.email,
    name: input.name,
    role: input.role,
    passwordHash: await hashPassword(input.password),
  });
  revalidatePath("/users");
  return user;
});
