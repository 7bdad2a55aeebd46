"use server";

import { z } from "zod";
import { listUserMentions } from "@/lib/data/comment-mentions";
import { getDb } from "@/lib/data/db";
import { userAction } from "./safe-action";

export const listMyMentions = userAction("viewer", z.object({ unreadOnly: z.boolean() }), async (input, user) =>
  listUserMentions({ db: await getDb(), userId: user.id, unreadOnly: input.unreadOnly }),
);
