import { getTranslations } from "next-intl/server";
import { DictionaryClient } from "@/components/dictionary/dictionary-client";
import { requirePageUser } from "@/lib/auth/session";
import { getDb } from "@/lib/data/db";
import { listDictionaryWords, listRemovedDictionaryWords } from "@/lib/data/dictionary";

export async function generateMetadata() {
  return { title: (await getTranslations("dictionary"))("title") };
}

export default async function DictionaryPage() {
  const user = await requirePageUser();
  const db = await getDb();
  const [words, removed] = await Promise.all([listDictionaryWords(db), listRemovedDictionaryWords(db)]);
  return (
    <DictionaryClient
      words={words.map((w) => ({ ...w, updatedAt: w.updatedAt.toISOString() }))}
      removed={removed.map(({ action: _, ...r }) => ({ ...r, createdAt: r.createdAt.toISOString() }))}
      canEdit={user.role !== "viewer"}
    />
  );
}
