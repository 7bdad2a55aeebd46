"use server";

import { z } from "zod";
import { listCommentPeople as list } from "@/lib/data/comments";
import { getDb } from "@/lib/data/db";
import { userAction } from "./safe-action";

/** Names for the @ autocomplete. */
export const listCommentPeople = userAction("reviewer", z.object({}), async () => list({ db: await getDb() }));
