"use server";

import { getDb } from "@/lib/data/db";
import { listRevisions } from "@/lib/data/paragraphs";
import { paragraphHistorySchema } from "@/lib/validation/review";
import { userAction } from "./safe-action";

/** Every revision of a paragraph, for the history dialog. */
export const paragraphHistory = userAction("viewer", paragraphHistorySchema, async (input) => listRevisions(await getDb(), input.paragraphId));
