import { parseArgs } from "node:util";
import { createInterface } from "node:readline";
import { hashPassword } from "@/lib/auth/password";
import { newUserSchema } from "@/lib/validation/user";
import { createUser } from "@/lib/data/users";
import { readAll, UsageError, type CommandIo } from "./io";
import { withDatabase } from "./with-database";

async function promptHidden(io: CommandIo, question: string): Promise<string> {
  const rl = createInterface({ input: io.stdin, output: io.stderr, terminal: true });
  const output = io.stderr as NodeJS.WritableStream & { write: (s: string) => boolean };
  // Echo nothing while the password is typed.
  (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
    if (s.includes(question)) output.write(s);
  };
  const answer = await new Promise<string>((resolve) => rl.question(question, resolve));
  rl.close();
  output.write("\n");
  return answer;
}

/** A password from a prompt that echoes nothing, or the first line of stdin when piped. */
export async function readPassword(io: CommandIo, question: string): Promise<string> {
  return io.stdin.isTTY ? promptHidden(io, question) : ((await readAll(io.stdin)).toString("utf8").split("\n")[0] ?? "");
}

/** `user:create --email E --role R [--name N]`; the password comes from a prompt, or from stdin when piped. */
export async function userCreateCommand(argv: string[], io: CommandIo): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" } } });
  if (!values.email || !values.role) throw new UsageError("usage: lapidar user:create --email E --role admin|reviewer|viewer [--name N]");
  const password = await readPassword(io, "Password: ");
  const input = newUserSchema.safeParse({ email: values.email, role: values.role, name: values.name ?? values.email.split("@")[0], password });
  if (!input.success) throw new UsageError(input.error.issues.map((i) => i.message).join(" "));
  const user = await withDatabase(async (db) =>
    createUser(db, { email: input.data.email, name: input.data.name, role: input.data.role, passwordHash: await hashPassword(input.data.password) }),
  );
  io.stdout.write(`Created ${user.role} ${user.email} (id ${user.id})\n`);
  return 0;
}
