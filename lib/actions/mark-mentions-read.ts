"use server";

import { z } from "zod";
import { markMentionsRead as mark } from "@/lib/data/comment-mentions";
import { getDb } from "@/lib/data/db";
import { userAction } from "./safe-action";

const schema = z.object({ commentIds: z.union([z.array(z.number().int().positive()).max(10_000), z.literal("all")]) });

/** Only one's own mentions: the user comes from the session, never from the input. */
export const markMentionsRead = userAction("viewer", schema, async (input, user) => mark({ db: await getDb(), userId: user.id, commentIds: input.commentIds }));
