"use server";

import { newApiTokenSecret } from "@/lib/auth/api-token";
import { createApiToken, listApiTokens, MAX_ACTIVE_API_TOKENS, type ApiTokenView } from "@/lib/data/api-tokens";
import { getDb } from "@/lib/data/db";
import { createApiTokenSchema } from "@/lib/validation/api-token";
import { ActionError, userAction } from "./safe-action";

/** A new token for the signed-in user; its secret is in this answer and nowhere else, ever. */
export const createOwnApiToken = userAction("viewer", createApiTokenSchema, async (input, user): Promise<{ secret: string; tokens: ApiTokenView[] }> => {
  const db = await getDb();
  const { secret, prefix, hash } = newApiTokenSecret();
  const created = await createApiToken(db, { userId: user.id, name: input.name, prefix, hash });
  if (created === "too-many") throw new ActionError("tooManyTokens", { max: MAX_ACTIVE_API_TOKENS });
  return { secret, tokens: await listApiTokens(db, { userId: user.id }) };
});
