import { parseArgs } from "node:util";
import { hashPassword } from "@/lib/auth/password";
import { findUserForSignIn, setUserPassword } from "@/lib/data/users";
import { passwordSchema } from "@/lib/validation/user";
import { readPassword } from "./user-create";
import { UsageError, type CommandIo } from "./io";
import { withDatabase } from "./with-database";

/** `user:password --email E`: sets a new password (from a prompt, or stdin when piped) and ends the account's sessions. */
export async function userPasswordCommand(argv: string[], io: CommandIo): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { email: { type: "string" } } });
  if (!values.email) throw new UsageError("usage: lapidar user:password --email E");
  const password = passwordSchema.safeParse(await readPassword(io, "New password: "));
  if (!password.success) throw new UsageError(password.error.issues.map((i) => i.message).join(" "));
  const email = await withDatabase(async (db) => {
    const user = await findUserForSignIn(db, values.email!);
    if (!user) throw new UsageError(`No account has the e-mail ${values.email}.`);
    await setUserPassword(db, user.id, await hashPassword(password.data));
    return user.email;
  });
  io.stdout.write(`New password set for ${email}; its open sessions are signed out.\n`);
  return 0;
}
