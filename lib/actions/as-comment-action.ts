import { CommentRefusedError } from "@/lib/services/comment-threads";
import { ActionCode } from "./safe-action";

/** A refused comment command answers its reason as the error, which the interface words in its language. */
export async function asCommentAction<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof CommentRefusedError) throw new ActionCode(`comment:${error.reason}`);
    throw error;
  }
}
