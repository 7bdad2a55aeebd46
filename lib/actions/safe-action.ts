import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { isDatabaseUnreachable } from "@/lib/data/db";
import type { UserSummary } from "@/lib/data/users";
import { RefusalError, refusalOf } from "@/lib/domain/refusal";
import type { Role } from "@/lib/domain";
import { issuesText, refusalText } from "@/lib/i18n/refusal-wording";
import { requestUiLocale } from "@/lib/i18n/request-locale";

export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: string };

/** A refusal the user should read, by its key in the `refusals` catalogue. */
export class ActionError extends RefusalError {
  constructor(key: string, values?: Record<string, string | number>) {
    super({ key, values });
  }
}

/** A refusal answered as a code, which the interface that sent the command words itself (article and comment commands). */
export class ActionCode extends Error {}

async function message(error: unknown): Promise<string | null> {
  if (error instanceof ActionCode) return error.message;
  const refusal = refusalOf(error) ?? (isDatabaseUnreachable(error) ? { key: "databaseUnreachable" } : null);
  if (refusal) return refusalText(await requestUiLocale(), refusal);
  if (error instanceof z.ZodError) return issuesText(await requestUiLocale(), error.issues);
  return null;
}

async function run<T>(work: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    const text = await message(error);
    if (text) return { ok: false, error: text };
    console.error(error);
    return { ok: false, error: refusalText(await requestUiLocale(), { key: "serverFault" }) };
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
