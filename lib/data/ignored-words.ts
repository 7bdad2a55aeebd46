import { prismaOf, type Db } from "./prisma-handle";

export interface IgnoredWordView {
  id: number;
  word: string;
  createdAt: Date;
  user: { name: string } | null;
}

const view = { id: true, word: true, createdAt: true, user: { select: { name: true } } } as const;

export async function listIgnoredWords(db: Db, articleId: number): Promise<IgnoredWordView[]> {
  const prisma = prismaOf(db);
  return prisma.ignoredWord.findMany({ where: { articleId }, select: view, orderBy: { word: "asc" } });
}

/**
 * "Ignore in this article". The word must already be normalised (lib/validation/word.ts). Ignoring a word
 * twice keeps the first record: who ignored it first still did. Null when there is no such article.
 */
export async function addIgnoredWord(db: Db, input: { articleId: number; word: string; userId: number }): Promise<IgnoredWordView | null> {
  const prisma = prismaOf(db);
  try {
    return await prisma.ignoredWord.upsert({
      where: { articleId_word: { articleId: input.articleId, word: input.word } },
      create: input,
      update: {},
      select: view,
    });
  } catch (error) {
    if ((error as { code?: string })?.code === "P2003") return null;
    throw error;
  }
}

/** "Stop ignoring": the next check flags the word again. Answers the article it belonged to, or null if it was gone. */
export async function deleteIgnoredWord(db: Db, id: number): Promise<number | null> {
  const prisma = prismaOf(db);
  const row = await prisma.ignoredWord.findUnique({ where: { id }, select: { articleId: true } });
  if (!row) return null;
  const removed = await prisma.ignoredWord.deleteMany({ where: { id } });
  return removed.count > 0 ? row.articleId : null;
}
