import type { DictionaryWordData } from "@/lib/validation/word";

/** What the dictionary page sends to the browser (dates as ISO strings). */
export interface WordRow extends DictionaryWordData {
  id: number;
  updatedAt: string;
  updatedBy: string | null;
}

export interface RemovedRow extends DictionaryWordData {
  id: number;
  createdAt: string;
  user: string | null;
}
