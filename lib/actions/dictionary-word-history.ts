"use server";

import { listDictionaryHistory } from "@/lib/data/dictionary";
import { getDb } from "@/lib/data/db";
import { wordIdSchema } from "@/lib/validation/word";
import { userAction } from "./safe-action";

export const dictionaryWordHistory = userAction("viewer", wordIdSchema, async (input) => listDictionaryHistory(await getDb(), input.id));
