import type { z } from "zod";
import type { UserSummary } from "@/lib/data/users";
import type { Role } from "@/lib/domain/role";
import { ArticleRefusal } from "@/lib/services/article-refusal";
import { ActionCode, userAction } from "./safe-action";

/**
 * A server action on an article: the session and role are checked first (userAction), the service applies the
 * article's own rules, and a refusal comes back as its code, which the interface names in the reader's language.
 */
export function articleAction<S extends z.ZodType, T>(role: Role, schema: S, work: (input: z.infer<S>, user: UserSummary) => Promise<T>) {
  return userAction(role, schema, async (input: z.infer<S>, user) => {
    try {
      return await work(input, user);
    } catch (error) {
      if (error instanceof ArticleRefusal) throw new ActionCode(error.code);
      throw error;
    }
  });
}
