import { z } from "zod";
import { NotAllowedError, requireUser } from "@/lib/auth/session";
import { ArticleArchivedError } from "@/lib/data/article-status";
import { DATABASE_UNREACHABLE, isDatabaseUnreachable } from "@/lib/data/db";
import type { UserSummary } from "@/lib/data/users";
import type { Role } from "@/lib/domain";

export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: string };

/** A refusal the user should read as it is (validation, permission, conflict-free domain errors). */
export class ActionError extends Error {}

function message(error: unknown): string | null {
  if (error instanceof z.ZodError) return error.issues.map((issue) => issue.message).join(" ");
  if (error instanceof NotAllowedError || error instanceof ActionError || error instanceof ArticleArchivedError) return error.message;
  if (isDatabaseUnreachable(error)) return DATABASE_UNREACHABLE;
  return null;
}

async function run<T>(work: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    const text = message(error);
    if (text) return { ok: false, error: text };
    console.error(error);
    return { ok: false, error: "Something went wrong on the server; nothing was changed. Try again." };
  }
}

/** Every server action starts here: the session and role are checked on the server, then the input. */
export function userAction<S extends z.ZodType, T>(role: Role, schema: S, work: (input: z.infer<S>, user: UserSummary) => Promise<T>) {
  return async (raw: z.input<S>): Promise<ActionResult<T>> =>
    run(async () => {
      const user = await requireUser(role);
      return work(schema.parse(raw), user);
    });
}

/** For the few actions that run before anyone can sign in (first-run). */
export function publicAction<S extends z.ZodType, T>(schema: S, work: (input: z.infer<S>) => Promise<T>) {
  return async (raw: z.input<S>): Promise<ActionResult<T>> => run(async () => work(schema.parse(raw)));
}
