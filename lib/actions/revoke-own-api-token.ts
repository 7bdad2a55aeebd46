"use server";

import { canManageApiToken } from "@/lib/auth/permissions/api-token";
import { getApiToken, listApiTokens, revokeApiToken, type ApiTokenView } from "@/lib/data/api-tokens";
import { getDb } from "@/lib/data/db";
import { revokeApiTokenSchema } from "@/lib/validation/api-token";
import { ActionError, userAction } from "./safe-action";

/** The token stops working at once; it stays in the list, marked revoked. */
export const revokeOwnApiToken = userAction("viewer", revokeApiTokenSchema, async (input, user): Promise<ApiTokenView[]> => {
  const db = await getDb();
  const token = await getApiToken(db, { id: input.id });
  // Someone else's token is answered as a missing one: its existence is not ours to reveal.
  if (!token || !canManageApiToken(user, token)) throw new ActionError("tokenGone");
  await revokeApiToken(db, { id: token.id });
  return listApiTokens(db, { userId: user.id });
});
