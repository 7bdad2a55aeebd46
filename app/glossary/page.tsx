import { getTranslations } from "next-intl/server";
import { GlossaryClient } from "@/components/glossary/glossary-client";
import { requirePageUser } from "@/lib/auth/session";
import { listBulkChanges, listScopeArticles } from "@/lib/data/bulk-changes";
import { getDb } from "@/lib/data/db";
import { listGlossaryEntries } from "@/lib/data/glossary";
import { listOpenSuggestions } from "@/lib/data/glossary-suggestions";

export async function generateMetadata() {
  return { title: (await getTranslations("glossary"))("title") };
}

export default async function GlossaryPage({ searchParams }: { searchParams: Promise<{ article?: string }> }) {
  const user = await requirePageUser();
  const db = await getDb();
  // Reading writes nothing: the lexicon is seeded when the database is migrated, corrections are mined after each save.
  const [entries, suggestions, bulkChanges, articles] = await Promise.all([
    listGlossaryEntries(db),
    listOpenSuggestions(db),
    listBulkChanges(db),
    listScopeArticles(db),
  ]);
  const article = Number((await searchParams).article);
  return (
    <GlossaryClient
      entries={entries.map(({ createdAt: _, ...e }) => ({ ...e, updatedAt: e.updatedAt.toISOString() }))}
      suggestions={suggestions.map(({ createdAt: _, ...s }) => s)}
      bulkChanges={bulkChanges.map((b) => ({ ...b, createdAt: b.createdAt.toISOString(), undoneAt: b.undoneAt?.toISOString() ?? null }))}
      articles={articles}
      role={user.role}
      articleId={articles.some((a) => a.id === article) ? article : null}
    />
  );
}
